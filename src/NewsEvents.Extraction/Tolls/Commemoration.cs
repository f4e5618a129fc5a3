namespace NewsEvents.Extraction.Tolls;

/// <summary>
/// "the anniversary of the death of a saint": a death remembered is no toll of the story's. The token grammar and the
/// parse both ask of the word that governs a harm noun.
/// </summary>
internal static class Commemoration
{
    public static bool Word(string norm) => norm is "anniversary" or "commemoration" or "memorial";
}
