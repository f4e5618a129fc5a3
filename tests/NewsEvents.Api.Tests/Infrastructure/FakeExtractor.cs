using NewsEvents.Api.Extraction;
using NewsEvents.Extraction;

namespace NewsEvents.Api.Tests.Infrastructure;

/// <summary>An extractor that answers what the test says, so the mapping and queries can be tested before the engine finds anything.</summary>
public sealed class FakeExtractor(Func<ArticleInput, CancellationToken, ExtractionResult> extract) : IArticleExtractor
{
    public FakeExtractor(Func<ArticleInput, ExtractionResult> extract) : this((input, _) => extract(input)) { }

    public string Version => "fake-1";

    public ExtractionResult Extract(ArticleInput input, CancellationToken cancellationToken) => extract(input, cancellationToken);
}

/// <summary>Hand-made rich results: an incident in a town, two actors, a person, a toll, a claim and one event tying them together.</summary>
public static class RichResults
{
    public static readonly LocationResult Omdurman = new("Omdurman", "Omdurman", "SD", "Khartoum", 15.64, 32.48, 365137, "city", [new(10, 18)], "populated_place");
    public static readonly LocationResult Bakhmut = new("Bakhmut", "Bakhmut", "UA", "Donetsk", 48.59, 38.0, 712165, "town", [new(0, 7)], "populated_place");

    /// <summary>Fields left null take the article's own (published date) or the Omdurman defaults.</summary>
    public static Func<ArticleInput, ExtractionResult> Incident(int? killed = 12, string type = "Explosions/Remote violence",
        LocationResult? place = null, int dateShift = 0, string actor1 = "Rapid Support Forces", string actor1Type = "rebel_group") => input =>
    {
        var text = input.Content.Trim();
        var date = (input.PublishedAt ?? new DateOnly(2025, 3, 3)).AddDays(dateShift);
        var location = place ?? Omdurman;
        var toll = new TollResult("killed", killed, killed, killed, "at_least", null, "civilians", [new TollPart(3, 3, 3, null, "children", new(40, 50))],
            "medical group", date, null, location.Name, new(20, 38));
        var claim = new ClaimResult("a local medical group", null, "said", "assertion", false, "shells hit the market", new(0, 20));
        var actors = new List<ActorResult>
        {
            new("RSF", actor1, actor1Type, "SD", [new(0, 3)]),
            new("the army", "Sudanese Armed Forces", "state_forces", "SD", [new(5, 13), new(30, 38)]),
        };
        var evt = new EventResult(type, "Shelling/artillery/missile attack", date, null, "day", location,
            [new EventActor(actor1, "actor1", actor1Type), new EventActor("Civilians (Sudan)", "actor2", "civilians")],
            killed, [toll], [claim], $"Shelling in {location.Name} killed {killed} civilians: {text[..Math.Min(40, text.Length)]}", 0.8, new(0, Math.Min(50, text.Length)));
        return new ExtractionResult("fake-1", input.PublishedAt, input.Title, input.Source, text, [location], actors,
            [new PersonResult("Amina Yusuf", "spokeswoman", "Sudan Doctors Network", [new(60, 71)])], [toll], [claim], [evt]);
    };
}
