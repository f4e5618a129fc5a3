using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>Who takes part in a frame's event, and in what role.</summary>
internal static class FrameActors
{
    // Actor types that report events rather than take part in them.
    private static readonly HashSet<string> SourceTypes = ["monitor", "media", "international_org"];

    // Who takes part is named close to the trigger; an actor a dozen words away in a long sentence is usually in another clause.
    private const int ActorWindow = 12;

    internal static bool Near(Sentence sentence, TextSpan actor, TextSpan trigger)
    {
        int a = sentence.TokenIndexAt(actor.Start), t = sentence.TokenIndexAt(trigger.Start);
        return a >= 0 && t >= 0 && Math.Abs(a - t) <= ActorWindow;
    }

    internal static List<EventActor> Roles(List<(TextSpan Span, ActorResult Value)> mentions, TextSpan trigger, EventTrigger t)
    {
        var roles = new List<EventActor>();
        foreach (var (span, actor) in mentions)
        {
            if (SourceTypes.Contains(actor.Type) || roles.Any(r => r.Name == actor.Name)) continue;
            var role = actor.Type is "civilians" || span.Start > trigger.End ? "actor2" : "actor1";
            if (t.Type == "Strategic developments" && t.SubType == "Agreement") role = "associated";
            roles.Add(new EventActor(actor.Name, role, actor.Type));
        }
        // An event always has an initiator when an armed actor is named: "Shelling between M23 and the army" opens with
        // the trigger, and "airstrikes by Russian jets" names the attacker after it.
        if (!roles.Any(r => r.Role == "actor1") && roles.FindIndex(r => r.Type != "civilians") is var i and >= 0)
            roles[i] = roles[i] with { Role = "actor1" };
        return roles;
    }
}
