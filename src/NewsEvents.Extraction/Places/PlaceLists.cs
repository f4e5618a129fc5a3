namespace NewsEvents.Extraction.Places;

/// <summary>Lists of names ("the villages of X, Y and Z"): one known place in a real list makes its other members places.</summary>
internal sealed class PlaceLists(Gazetteer gazetteer, PlaceContext context, PlaceResolver resolver)
{
    /// <summary>A mention listed right before or after this one ("X, Y and Z"), whatever it is.</summary>
    public Mention? Neighbour(List<Mention> mentions, Mention m)
    {
        var i = MentionOrder.IndexOf(mentions, m);
        if (i > 0 && Listed(mentions[i - 1], m)) return mentions[i - 1];
        return i + 1 < mentions.Count && Listed(m, mentions[i + 1]) ? mentions[i + 1] : null;
    }

    /// <summary>"the villages of X, Y and Z", "Aleppo, Idlib and Tal Rifaat": members of a list with a known place are places.</summary>
    public void AcceptMembers(List<Mention> mentions)
    {
        for (var pass = 0; pass < 2; pass++)
            for (var i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                if (m.Accepted || resolver.Stopped(m) || resolver.LooksLikePerson(m, null) || context.InsideLongerName(m)) continue;
                var prev = i > 0 && Listed(mentions[i - 1], m) ? mentions[i - 1] : null;
                var next = i + 1 < mentions.Count && Listed(m, mentions[i + 1]) ? mentions[i + 1] : null;
                if (!IsLocalPlace(prev) && !IsLocalPlace(next)) continue;
                if (!IsList(mentions, i)) continue;
                m.Accepted = true;
                if (m.Entry < 0 || !SameCountry(m, prev ?? next!)) { m.Entry = -1; m.UnresolvedKind = "unresolved"; }
            }
    }

    /// <summary>
    /// A real list: three members or more, or two joined by "and"/"or". "In Kunduz, Taliban officials said" is a
    /// comma between two names, not a list of places.
    /// </summary>
    private bool IsList(List<Mention> mentions, int i)
    {
        int first = i, last = i;
        while (first > 0 && Listed(mentions[first - 1], mentions[first])) first--;
        while (last + 1 < mentions.Count && Listed(mentions[last], mentions[last + 1])) last++;
        if (last - first >= 2) return true;
        var toks = context.Tokens(mentions[first]);
        for (var k = mentions[first].End; k < mentions[last].Start; k++)
            if (toks[k].Norm is "and" or "or") return true;
        return false;
    }

    private bool SameCountry(Mention a, Mention b) =>
        a.Entry >= 0 && b.Entry >= 0 && gazetteer.Entries[a.Entry].Country == gazetteer.Entries[b.Entry].Country;

    private bool IsLocalPlace(Mention? m) =>
        m is { Accepted: true } && (m.Entry < 0 || gazetteer.Entries[m.Entry].Level == PlaceLevel.PopulatedPlace);

    /// <summary>True when only ",", "and" or "or" stand between two mentions of one sentence.</summary>
    public bool Listed(Mention a, Mention b)
    {
        if (a.Sentence != b.Sentence || b.Start <= a.End || b.Start - a.End > 2) return false;
        var toks = context.Tokens(a);
        for (var k = a.End; k < b.Start; k++)
            if (toks[k].Norm is not ("," or "and" or "or")) return false;
        return true;
    }
}
