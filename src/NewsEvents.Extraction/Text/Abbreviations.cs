using System.Collections.Frozen;

namespace NewsEvents.Extraction.Text;

/// <summary>Words whose trailing period does not end a sentence.</summary>
public static class Abbreviations
{
    public static readonly FrozenSet<string> Titles = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr",
        "brig", "rev", "sen", "rep", "gov", "pres", "amb", "st", "sr", "jr", "hon", "fr", "insp", "supt", "cdr",
    }.ToFrozenSet();

    public static readonly FrozenSet<string> Other = new[]
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "nos", "vol", "approx", "est", "etc", "vs", "inc", "ltd", "co", "corp", "dept", "govt", "mt", "ft", "km", "al",
    }.ToFrozenSet();

    public static bool IsAbbreviation(string norm) => Titles.Contains(norm) || Other.Contains(norm);
}
