using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsEvents.Data;
using NewsEvents.Data.Entities;

namespace NewsEvents.LoadTest;

/// <summary>
/// Writes synthetic events straight into the database (not through the API): seeding a million events through
/// extraction would measure ingestion, not querying. Five events per article, two actors per event. Places and actors
/// go through EF; articles, events and their links through plain INSERTs with explicit ids, since EF's row-by-row
/// inserts ran at about 1,000 events a second here, and slowing. The SQL is the same on SQLite and PostgreSQL.
/// </summary>
public static class EventSeeder
{
    private static readonly string[] Countries = ["SD", "UA", "YE", "MM", "ML", "CD", "MX", "PS", "SY", "BF"];
    private static readonly string[] Types = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"];
    private static readonly string[] ActorTypes = ["state_forces", "rebel_group", "political_militia", "identity_militia", "external_force", "civilians"];
    private const int Chunk = 10_000;

    public static async Task SeedAsync(SeedTarget target, int eventCount)
    {
        await using (var db = target.Context()) await DatabaseMigrator.MigrateAsync(db);

        var random = new Random(42);
        var locations = Enumerable.Range(0, 2000).Select(i => new Location
        {
            Key = $"g:{900000 + i}", GeonameId = 900000 + i, Name = $"Town {i}", Country = Countries[i % Countries.Length],
            Admin1 = $"Province {i % 40}", Precision = "town", Kind = "populated_place", Latitude = random.NextDouble() * 40, Longitude = random.NextDouble() * 60,
        }).ToList();
        var actors = Enumerable.Range(0, 300).Select(i => new Actor { Name = $"Armed Group {i}", Type = ActorTypes[i % ActorTypes.Length] }).ToList();
        await using (var db = target.Context())
        {
            db.Locations.AddRange(locations);
            db.Actors.AddRange(actors);
            await db.SaveChangesAsync();
        }

        // Secondary indexes are dropped for the bulk and built again after: a million rows inserted into ten indexes in
        // random date order slowed to 500 events/s, and building each index once sorts instead.
        List<string> indexes;
        await using (var db = target.Context()) indexes = await target.DropIndexesAsync(db, ["Events", "EventActors", "EventSources", "Articles"]);

        var now = DateTime.UtcNow;
        for (var start = 0; start < eventCount; start += Chunk)
        {
            var (articles, events, links, sources) = (new List<object?[]>(), new List<object?[]>(), new List<object?[]>(), new List<object?[]>());
            var published = default(DateOnly);
            for (var i = start; i < Math.Min(eventCount, start + Chunk); i++)
            {
                long id = i + 1, articleId = i / 5 + 1;
                if (i % 5 == 0)
                {
                    published = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 2000));
                    articles.Add([articleId, $"https://seed.example.org/{i}", $"Outlet {i / 5 % 25}", $"Seeded report {i}", $"Seeded report {i}.",
                        $"Seeded report {i}.", $"{i:x64}", "seed", "{}", published, now]);
                }
                var location = locations[random.Next(locations.Count)];
                int? killed = random.Next(0, 10) < 3 ? null : random.Next(0, 200);
                var summary = $"Clashes near {location.Name} killed {killed ?? 0} people (seeded event {i}).";
                var mask = 0;
                var pair = new List<object?[]>(2);
                foreach (var role in new[] { "actor1", "actor2" })
                {
                    var actor = actors[random.Next(actors.Count)];
                    if (pair.Count == 0 || !Equals(pair[0][1], actor.Id)) pair.Add([id, actor.Id, role]);
                    mask |= ActorTypeMask.Bit(actor.Type);
                }
                var type = Types[random.Next(Types.Length)];
                var date = published.AddDays(-random.Next(0, 3));
                links.AddRange(pair.Select(link => new object?[] { link[0], link[1], link[2], date }));
                events.Add([id, type, "Armed clash", date, "day", location.Id, location.Name,
                    location.Country, location.Admin1, killed, summary, 0.7, now, now, mask]);
                sources.Add([id, articleId, killed, summary, 0.7, 0, 0, $"Outlet {i / 5 % 25}", location.Country, date]);
            }
            await using var db = target.Context();
            await db.Database.OpenConnectionAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var connection = db.Database.GetDbConnection();
            await InsertAsync(connection, "Articles", ["Id", "Url", "Source", "Title", "Content", "CleanText", "ContentHash", "ExtractorVersion", "ExtractionJson", "PublishedAt", "CreatedAt"], articles);
            await InsertAsync(connection, "Events", ["Id", "Type", "SubType", "Date", "DatePrecision", "LocationId", "LocationName", "Country", "Admin1",
                "Fatalities", "Summary", "Confidence", "CreatedAt", "UpdatedAt", "ActorTypes"], events);
            await InsertAsync(connection, "EventActors", ["EventId", "ActorId", "Role", "EventDate"], links);
            await InsertAsync(connection, "EventSources", ["EventId", "ArticleId", "Fatalities", "Summary", "Confidence", "SpanStart", "SpanEnd",
                "Outlet", "Country", "EventDate"], sources);
            await transaction.CommitAsync();
            Console.WriteLine($"seeded {Math.Min(eventCount, start + Chunk)} events");
        }
        await using (var db = target.Context())
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            foreach (var create in indexes) await db.Database.ExecuteSqlRawAsync(create);
            await target.AfterBulkAsync(db);
        }
    }

    private static async Task InsertAsync(DbConnection connection, string table, string[] columns, List<object?[]> rows)
    {
        // SQLite: one prepared single-row statement re-bound per row; 4,000-parameter statements ran at about 1,000 events
        // a second here (each parameter is looked up by name), the prepared row about ten times faster.
        // PostgreSQL: multi-row statements, one round trip each.
        var perStatement = connection is Microsoft.Data.Sqlite.SqliteConnection ? 1 : 4000 / columns.Length;
        var head = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ";
        DbCommand? single = null;
        for (var start = 0; start < rows.Count; start += perStatement)
        {
            var count = Math.Min(perStatement, rows.Count - start);
            var command = count == 1 && single is not null ? single : Build(connection, head, columns.Length, count);
            for (var i = 0; i < count; i++)
                for (var k = 0; k < columns.Length; k++) command.Parameters[i * columns.Length + k].Value = rows[start + i][k] ?? DBNull.Value;
            await command.ExecuteNonQueryAsync();
            if (count == 1) single = command;
            else await command.DisposeAsync();
        }
        if (single is not null) await single.DisposeAsync();
    }

    private static DbCommand Build(DbConnection connection, string head, int columns, int rows)
    {
        var command = connection.CreateCommand();
        var sql = new StringBuilder(head);
        for (var i = 0; i < rows; i++)
        {
            sql.Append(i > 0 ? ", (" : "(");
            for (var k = 0; k < columns; k++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@p" + command.Parameters.Count;
                command.Parameters.Add(parameter);
                sql.Append(k > 0 ? ", " : "").Append(parameter.ParameterName);
            }
            sql.Append(')');
        }
        command.CommandText = sql.ToString();
        return command;
    }
}
