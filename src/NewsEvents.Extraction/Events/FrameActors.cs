using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Events;

/// <summary>Who takes part in a frame's event, and in what role.</summary>
internal static class FrameActors
{
    // Actor types that report events rather than take part in them.
    private static readonly HashSet<string> SourceTypes = ["monitor", "media", "international_org"];

    // Words before a name that say the text only suspects it: "suspected JNIM militants", "presumed ISGS fighters".
    private static readonly HashSet<string> Doubt = ["suspected", "presumed", "alleged", "purported", "suspect", "likely", "possible"];

    // Who takes part is named close to the trigger; an actor a dozen words away in a long sentence is usually in another clause.
    private const int ActorWindow = 12;

    internal static bool Near(Sentence sentence, TextSpan actor, TextSpan trigger)
    {
        int a = sentence.TokenIndexAt(actor.Start), t = sentence.TokenIndexAt(trigger.Start);
        return a >= 0 && t >= 0 && Math.Abs(a - t) <= ActorWindow;
    }

    /// <summary>
    /// Roles by the clause: the subject does it, the object suffers it, and in the passive the "by" phrase does it
    /// ("a policeman was shot by Taliban militants"). Outside the clause, what comes before the trigger acts.
    /// </summary>
    internal static List<EventActor> Roles(Sentence sentence, Clause clause, List<(TextSpan Span, ActorResult Value)> mentions, TextSpan trigger,
        string type, string subType)
    {
        var roles = new List<EventActor>();
        var sites = new HashSet<string>();
        var placed = new HashSet<string>();
        foreach (var (span, actor) in mentions)
        {
            if (SourceTypes.Contains(actor.Type) || roles.Any(r => r.Name == actor.Name)) continue;
            var i = sentence.TokenIndexAt(span.Start);
            if (clause.RoleOf(i) != Clause.Outside) placed.Add(actor.Name);
            var role = clause.RoleOf(i) switch
            {
                Clause.Doer => "actor1",
                Clause.Target => "actor2",
                _ => span.Start > trigger.End ? "actor2" : "actor1",
            };
            // "an army recruitment centre", "a police post": the forces whose site it is are the ones hit
            if (SiteAfter(sentence, span)) sites.Add(actor.Name);
            if (actor.Type is "civilians" || sites.Contains(actor.Name)) role = "actor2";
            if (type == "Strategic developments" && subType == "Agreement") role = "associated";
            roles.Add(new EventActor(actor.Name, role, actor.Type, actor.AcledName ?? actor.Name, Doubted(sentence.Tokens, i)));
        }
        // An event always has an initiator when an armed actor is named: "Shelling between M23 and the army" opens with
        // the trigger, and "airstrikes by Russian jets" names the attacker after it.
        if (!roles.Any(r => r.Role == "actor1") && roles.FindIndex(r => r.Type != "civilians" && !sites.Contains(r.Name) && !(r.Role == "actor2" && placed.Contains(r.Name))) is var k and >= 0)
            roles[k] = roles[k] with { Role = "actor1" };
        return roles;
    }

    private static readonly HashSet<string> SiteNouns = ["base", "bases", "camp", "post", "posts", "position", "positions", "barracks", "checkpoint", "checkpoints", "convoy", "convoys", "headquarters", "station", "recruitment", "outpost", "patrol", "vehicle", "vehicles", "compound"];

    private static bool SiteAfter(Sentence sentence, TextSpan span)
    {
        var next = sentence.TokenIndexAt(span.End);
        return next >= 0 && next < sentence.Tokens.Count && sentence.Tokens[next].Span.Start >= span.End && SiteNouns.Contains(sentence.Tokens[next].Norm);
    }

    private static bool Doubted(IReadOnlyList<Token> tokens, int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 3); k--)
        {
            if (Doubt.Contains(tokens[k].Norm)) return true;
            if (tokens[k].Kind == TokenKind.Punct) return false;
        }
        return false;
    }
}
