namespace NewsEvents.Extraction.Claims;

/// <summary>The shape of one statement in a sentence, before its speaker is resolved to a person or actor.</summary>
/// <param name="speakerSpan">The speaker's words; null when the verb shares the subject of the previous one ("vowed ... and accused").</param>
/// <param name="quoted">The content is a quotation that opens the sentence ("\"...,\" said X").</param>
/// <param name="appositive">The phrase between the subject and the verb ("X, a commander in Y, said"), where a named person may stand.</param>
internal sealed class ClaimFrame(VerbEntry verb, TextSpan? speakerSpan, TextSpan content, bool quoted, bool sharesSubject = false, TextSpan? appositive = null)
{
    public TextSpan? Appositive { get; } = appositive;
    public bool SharesSubject { get; } = sharesSubject;
    public VerbEntry Verb { get; } = verb;
    public TextSpan? SpeakerSpan { get; } = speakerSpan;
    public TextSpan Content { get; set; } = content;
    public bool Quoted { get; } = quoted;

    /// <summary>Ends the content before a later statement's own words start.</summary>
    public void CutAt(int offset)
    {
        if (offset > Content.Start && offset < Content.End) Content = new TextSpan(Content.Start, offset);
    }
}
