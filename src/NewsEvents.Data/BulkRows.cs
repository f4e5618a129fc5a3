using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsEvents.Data.Entities;

namespace NewsEvents.Data;

/// <summary>
/// Writes an article's claims, tolls, event sources and place mentions with multi-row INSERTs on EF Core's connection and transaction. EF inserts
/// entity by entity (about 70 µs a row on SQLite here), and these are most of an article's rows: through EF,
/// batch ingestion stayed under its 300 articles/s target (docs/benchmarks.md). The SQL is the same on SQLite and
/// PostgreSQL. Call after SaveChanges, once the article's and its events' ids are known.
/// </summary>
public static class BulkRows
{
    private const int MaxParameters = 5000; // far under SQLite's 32,766 and PostgreSQL's 65,535

    private static readonly string[] ClaimColumns =
        ["ArticleId", "EventId", "Speaker", "SpeakerActor", "Verb", "Stance", "Direct", "Text", "SpanStart", "SpanEnd"];

    private static readonly string[] TollColumns =
    [
        "ArticleId", "EventId", "Kind", "Min", "Max", "Best", "Qualifier", "Vague", "Victims", "AttributedTo", "Date", "DateEnd",
        "Location", "Side", "SpanStart", "SpanEnd", "IncludesJson",
    ];

    private static readonly string[] PlaceMentionColumns = ["ArticleId", "LocationId", "Text", "Spans"];

    public static Task InsertPlaceMentionsAsync(NewsEventsDbContext db, IEnumerable<ArticleLocation> mentions, CancellationToken ct) =>
        InsertAsync(db, "ArticleLocations", PlaceMentionColumns, mentions.Select(m => new object?[]
            { m.ArticleId, m.LocationId, m.Text, Configurations.SpanListConversion.Serialize(m.Spans) }).ToList(), ct);

    private static readonly string[] SourceColumns =
        ["EventId", "ArticleId", "Fatalities", "Summary", "Confidence", "SpanStart", "SpanEnd", "Outlet", "Country", "EventDate"];

    /// <summary>The caller sets each source's copies of its article's outlet and its event's country and date (see <see cref="EventSource.Outlet"/>).</summary>
    public static Task InsertSourcesAsync(NewsEventsDbContext db, IEnumerable<EventSource> sources, CancellationToken ct) =>
        InsertAsync(db, "EventSources", SourceColumns, sources.Select(s => new object?[]
            { s.EventId, s.ArticleId, s.Fatalities, s.Summary, s.Confidence, s.SpanStart, s.SpanEnd, s.Outlet, s.Country, s.EventDate }).ToList(), ct);

    public static Task InsertClaimsAsync(NewsEventsDbContext db, IEnumerable<Claim> claims, CancellationToken ct) =>
        InsertAsync(db, "Claims", ClaimColumns, claims.Select(c => new object?[]
            { c.ArticleId, c.EventId, c.Speaker, c.SpeakerActor, c.Verb, c.Stance, c.Direct, c.Text, c.SpanStart, c.SpanEnd }).ToList(), ct);

    public static Task InsertTollsAsync(NewsEventsDbContext db, IEnumerable<Toll> tolls, CancellationToken ct) =>
        InsertAsync(db, "Tolls", TollColumns, tolls.Select(t => new object?[]
        {
            t.ArticleId, t.EventId, t.Kind, t.Min, t.Max, t.Best, t.Qualifier, t.Vague, t.Victims, t.AttributedTo, t.Date, t.DateEnd,
            t.Location, t.Side, t.SpanStart, t.SpanEnd, t.IncludesJson,
        }).ToList(), ct);

    private static readonly string[] ObservationColumns =
        ["EventId", "ArticleId", "Source", "ExtractorVersion", "Kind", "Min", "Max", "Best", "Qualifier", "ObservedAt"];

    public static Task InsertObservationsAsync(NewsEventsDbContext db, IEnumerable<TollObservation> observations, CancellationToken ct) =>
        InsertAsync(db, "TollObservations", ObservationColumns, observations.Select(o => new object?[]
            { o.EventId, o.ArticleId, o.Source, o.ExtractorVersion, o.Kind, o.Min, o.Max, o.Best, o.Qualifier, o.ObservedAt }).ToList(), ct);

    private static async Task InsertAsync(NewsEventsDbContext db, string table, string[] columns, List<object?[]> rows, CancellationToken ct)
    {
        var perStatement = MaxParameters / columns.Length;
        var head = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ";
        for (var start = 0; start < rows.Count; start += perStatement)
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var sql = new StringBuilder(head);
            for (var i = start; i < Math.Min(start + perStatement, rows.Count); i++)
            {
                sql.Append(i > start ? ", (" : "(");
                for (var k = 0; k < columns.Length; k++)
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = "@p" + command.Parameters.Count;
                    parameter.Value = rows[i][k] ?? DBNull.Value;
                    command.Parameters.Add(parameter);
                    sql.Append(k > 0 ? ", " : "").Append(parameter.ParameterName);
                }
                sql.Append(')');
            }
            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
