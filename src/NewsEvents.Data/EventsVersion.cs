using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsEvents.Data.Entities;

namespace NewsEvents.Data;

/// <summary>
/// A value that changes whenever what the events and places read as changes, cheap enough to read before every cached
/// answer: the newest event id (created), the newest <see cref="Event.UpdatedAt"/> (a source joined, figures or actors
/// changed), the newest place id (a new place can move an unresolved event to a better centre) and
/// <see cref="ChangeCounter.EventsDeleted"/> (a delete leaves no newer value behind). Each is one seek at the end of a
/// primary key or of the (UpdatedAt, Id) index, however many events there are; a COUNT(*) would read them all.
/// </summary>
/// <remarks>
/// <see cref="Event.UpdatedAt"/> is written from each writer's clock: a writer whose clock is behind the newest value
/// already stored leaves the maximum unchanged, so cached answers must also expire on their own (see PointsCache).
/// </remarks>
public static class EventsVersion
{
    private const string Query = $"""
        SELECT (SELECT MAX("Id") FROM "Events"), (SELECT MAX("UpdatedAt") FROM "Events"), (SELECT MAX("Id") FROM "Locations"),
               (SELECT "Value" FROM "ChangeCounters" WHERE "Name" = '{ChangeCounter.EventsDeleted}')
        """;

    public static async Task<string> ReadAsync(NewsEventsDbContext db, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Query;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            return string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Text(reader, i)));
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Raises <see cref="ChangeCounter.EventsDeleted"/>; call it in the transaction that deletes.</summary>
    public static Task RaiseDeletedAsync(NewsEventsDbContext db, int deleted, CancellationToken ct) =>
        db.ChangeCounters.Where(c => c.Name == ChangeCounter.EventsDeleted)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value + deleted), ct);

    // PostgreSQL answers the newest UpdatedAt as a DateTime, whose invariant text drops the fraction of a second.
    private static string Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? "-" : reader.GetValue(i) switch
    {
        DateTime instant => instant.ToString("O", CultureInfo.InvariantCulture),
        var value => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "-",
    };
}
