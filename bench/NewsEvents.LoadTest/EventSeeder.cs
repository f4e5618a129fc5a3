using Microsoft.EntityFrameworkCore;
using NewsEvents.Data;
using NewsEvents.Data.Entities;

namespace NewsEvents.LoadTest;

/// <summary>
/// Writes synthetic events straight through the DbContext (not through the API): seeding 100,000 events through
/// extraction would measure ingestion, not querying. Five events per article, two actors per event.
/// </summary>
public static class EventSeeder
{
    private static readonly string[] Countries = ["SD", "UA", "YE", "MM", "ML", "CD", "MX", "PS", "SY", "BF"];
    private static readonly string[] Types = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"];
    private static readonly string[] ActorTypes = ["state_forces", "rebel_group", "political_militia", "identity_militia", "external_force", "civilians"];

    public static async Task SeedAsync(string sqliteFile, int eventCount)
    {
        var options = new DbContextOptionsBuilder<SqliteNewsEventsDbContext>().UseSqlite($"Data Source={sqliteFile}").Options;
        await using (var db = new SqliteNewsEventsDbContext(options)) await DatabaseMigrator.MigrateAsync(db);

        var random = new Random(42);
        var locations = Enumerable.Range(0, 2000).Select(i => new Location
        {
            Key = $"g:{900000 + i}", GeonameId = 900000 + i, Name = $"Town {i}", Country = Countries[i % Countries.Length],
            Admin1 = $"Province {i % 40}", Precision = "town", Kind = "populated_place", Latitude = random.NextDouble() * 40, Longitude = random.NextDouble() * 60,
        }).ToList();
        var actors = Enumerable.Range(0, 300).Select(i => new Actor { Name = $"Armed Group {i}", Type = ActorTypes[i % ActorTypes.Length] }).ToList();
        await using (var db = new SqliteNewsEventsDbContext(options))
        {
            db.Locations.AddRange(locations);
            db.Actors.AddRange(actors);
            await db.SaveChangesAsync();
        }

        const int chunk = 5000;
        for (var start = 0; start < eventCount; start += chunk)
        {
            await using var db = new SqliteNewsEventsDbContext(options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            Article? article = null;
            for (var i = start; i < Math.Min(eventCount, start + chunk); i++)
            {
                if (i % 5 == 0)
                {
                    article = new Article
                    {
                        Url = $"https://seed.example.org/{i}", Source = $"Outlet {i / 5 % 25}", Title = $"Seeded report {i}", Content = $"Seeded report {i}.",
                        CleanText = $"Seeded report {i}.", ContentHash = $"{i:x64}", ExtractorVersion = "seed", ExtractionJson = "{}",
                        PublishedAt = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 2000)), CreatedAt = DateTime.UtcNow,
                    };
                    db.Articles.Add(article);
                }
                var location = locations[random.Next(locations.Count)];
                var killed = random.Next(0, 10) < 3 ? (int?)null : random.Next(0, 200);
                var evt = new Event
                {
                    Type = Types[random.Next(Types.Length)], SubType = "Armed clash", Date = article!.PublishedAt!.Value.AddDays(-random.Next(0, 3)),
                    DatePrecision = "day", LocationId = location.Id, LocationName = location.Name, Country = location.Country, Admin1 = location.Admin1,
                    Fatalities = killed, Summary = $"Clashes near {location.Name} killed {killed ?? 0} people (seeded event {i}).", Confidence = 0.7,
                    CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
                };
                foreach (var role in new[] { "actor1", "actor2" })
                {
                    var actor = actors[random.Next(actors.Count)];
                    evt.Actors.Add(new EventActor { ActorId = actor.Id, Role = role });
                    evt.ActorTypes |= ActorTypeMask.Bit(actor.Type);
                }
                evt.Sources.Add(new EventSource { Article = article, Fatalities = killed, Summary = evt.Summary, Confidence = 0.7 });
                db.Events.Add(evt);
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
            Console.WriteLine($"seeded {Math.Min(eventCount, start + chunk)} events");
        }
    }
}
