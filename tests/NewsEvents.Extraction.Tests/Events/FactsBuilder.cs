using NewsEvents.Extraction.Dates;
using NewsEvents.Extraction.Events;
using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tests.Events;

/// <summary>Hand-made stage outputs for one text, so that the events stage is tested on its own.</summary>
internal sealed class FactsBuilder(string text, DateOnly published)
{
    private readonly List<LocationResult> _places = [];
    private readonly List<ActorResult> _actors = [];
    private readonly List<TollResult> _tolls = [];
    private readonly List<ClaimResult> _claims = [];
    private readonly List<DateMention> _dates = [];

    private TextSpan Find(string surface, int occurrence = 0)
    {
        var at = -1;
        for (var k = 0; k <= occurrence; k++) at = text.IndexOf(surface, at + 1, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"'{surface}' is not in the text");
        return new TextSpan(at, at + surface.Length);
    }

    public FactsBuilder Place(string surface, string country, string precision, string? admin1 = null, string? parent = null)
    {
        var spans = AllSpans(surface);
        _places.Add(new LocationResult(surface, surface, country, admin1, 1, 1, surface.GetHashCode() & 0xffff, precision, spans, Parent: parent));
        return this;
    }

    public FactsBuilder Actor(string surface, string name, string type)
    {
        _actors.Add(new ActorResult(surface, name, type, null, AllSpans(surface)));
        return this;
    }

    public FactsBuilder Date(string surface, DateOnly start, DateOnly? end = null, bool background = false)
    {
        _dates.Add(new DateMention(Find(surface), start, end ?? start, background ? "year" : end is null ? "day" : "period", background));
        return this;
    }

    public FactsBuilder Toll(string surface, string kind, int? best, string? vague = null, string? victims = null)
    {
        _tolls.Add(new TollResult(kind, best, best, best, null, vague, victims, [], null, null, null, null, Find(surface)));
        return this;
    }

    public FactsBuilder Claim(string content, string speakerName, string stance, string? speaker = null)
    {
        _claims.Add(new ClaimResult(speakerName, null, "say", stance, false, content, Find(content), speaker is null ? null : Find(speaker)));
        return this;
    }

    public ArticleFacts Build() =>
        new(TextAnalyzer.Analyze(text), published, _places, _actors, [], _tolls, _claims, _dates);

    private List<TextSpan> AllSpans(string surface)
    {
        var spans = new List<TextSpan>();
        for (var at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + 1, StringComparison.Ordinal))
            spans.Add(new TextSpan(at, at + surface.Length));
        return spans;
    }
}
