using static NewsEvents.Extraction.Tests.Actors.ActorTestKit;

namespace NewsEvents.Extraction.Tests.Actors;

public class AbbreviationTests
{
    [Theory]
    [InlineData("IS claimed the attack in Raqqa.", "Islamic State")]
    [InlineData("The ISIS cell was dismantled.", "Islamic State")]
    [InlineData("The AA said it took the town.", "Arakan Army")]
    [InlineData("PDF fighters ambushed the convoy.", "People's Defence Force")]
    [InlineData("The SDF said it captured two suspects.", "Syrian Democratic Forces")]
    [InlineData("JNIM fighters attacked the convoy near Djibo.", "Jama'at Nusrat al-Islam wal-Muslimin")]
    [InlineData("The TTP denied involvement.", "Tehrik-i-Taliban Pakistan")]
    [InlineData("The CJNG left banners at the scene.", "Jalisco New Generation Cartel")]
    [InlineData("FARC dissidents attacked a police post.", "Revolutionary Armed Forces of Colombia")]
    [InlineData("The PKK said the ceasefire holds.", "Kurdistan Workers' Party")]
    [InlineData("The U.N. said aid convoys were blocked.", "United Nations")]
    public void AbbreviationsMatchWhenWrittenAsAbbreviations(string sentence, string name) =>
        Assert.Contains(Find(sentence), a => a.Name == name);

    [Theory]
    [InlineData("This is what the town is like; it is quiet.", "Islamic State")]
    [InlineData("Isis, a local teacher, said the school was closed.", "Islamic State")]
    [InlineData("The aa battery aisle was empty.", "Arakan Army")]
    [InlineData("The report was published as a pdf file.", "People's Defence Force")]
    [InlineData("Let us go, he said.", "Lashkar-e-Taiba")]
    [InlineData("The un-named source spoke to us.", "United Nations")]
    [InlineData("Who knows what happens next?", "World Health Organization")]
    [InlineData("The rsf of the engine failed.", "Rapid Support Forces")]
    [InlineData("Sana Khan, a teacher, said she fled.", "SANA")]
    [InlineData("A fano player was at the wedding.", "Fano")]
    public void AbbreviationsNeverMatchOrdinaryWords(string sentence, string name) =>
        Assert.DoesNotContain(Find(sentence), a => a.Name == name);
}
