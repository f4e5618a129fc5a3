namespace NewsEvents.Extraction.Places;

/// <summary>The resolved place an unresolved place or a facility lies in: named in its sentence, or earlier in its paragraph.</summary>
internal sealed class PlaceParents(Gazetteer gazetteer, PlaceContext context)
{
    /// <summary>The entry index of the enclosing place, or -1 (the article's country is then assumed).</summary>
    public int Of(Mention m, List<Mention> mentions, string? dominant)
    {
        // "X (A, B)", "X, Region", "X district of Y": the parent the text gives
        if (m.Parents is not null)
            foreach (var p in m.Parents)
                if (p.Accepted && p.Entry >= 0) return p.Entry;
        var inSentence = InSentence(m, mentions);
        return inSentence >= 0 ? inSentence : EarlierInParagraph(m, mentions, dominant);
    }

    // "Rebels pushed into Aleppo province. They took Kafr X and Y": the region or city the paragraph is about (the
    // last named before the sentence), only within the article's country: a paragraph may quote Moscow about a village
    // in Ukraine. Read backwards from the sentence, so that a long article does not rescan its whole beginning.
    private int EarlierInParagraph(Mention m, List<Mention> mentions, string? dominant)
    {
        var paragraph = context.Paragraph(m);
        for (var i = MentionOrder.FirstIn(mentions, m.Sentence) - 1; i >= 0 && context.Paragraph(mentions[i]) == paragraph; i--)
        {
            var o = mentions[i];
            if (!o.Accepted || o.Entry < 0) continue;
            var e = gazetteer.Entries[o.Entry];
            if (e.Country != dominant) continue;
            if (e.Level == PlaceLevel.Admin1 || (e.Level == PlaceLevel.PopulatedPlace && e.IsProminent)) return o.Entry;
        }
        return -1;
    }

    /// <summary>A region or prominent place named in the same sentence (the first after the mention, else the last before).</summary>
    // countries are left out: "Russia's Defence Ministry said it took X" names the speaker's country, not X's
    public int InSentence(Mention m, List<Mention> mentions)
    {
        var best = -1;
        for (var i = MentionOrder.FirstIn(mentions, m.Sentence); i < mentions.Count && mentions[i].Sentence == m.Sentence; i++)
        {
            var o = mentions[i];
            if (!o.Accepted || o.Entry < 0 || o == m) continue;
            var e = gazetteer.Entries[o.Entry];
            if (e.Level == PlaceLevel.Country || !(e.Level == PlaceLevel.Admin1 || e.IsProminent)) continue;
            best = o.Entry;
            if (o.Start > m.Start) break;
        }
        return best;
    }
}
