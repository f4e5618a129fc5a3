using static NewsEvents.Extraction.Tests.Actors.ActorTestKit;

namespace NewsEvents.Extraction.Tests.Actors;

public class NamedActorTests
{
    [Theory]
    // Sudan
    [InlineData("The paramilitary Rapid Support Forces shelled El Fasher overnight.", "Rapid Support Forces", "rebel_group")]
    [InlineData("Fighting between the SAF and the RSF continued in Omdurman.", "Rapid Support Forces", "rebel_group")]
    [InlineData("Fighting between the SAF and the RSF continued in Omdurman.", "Military Forces of Sudan", "state_forces")]
    [InlineData("The Sudan Doctors Network said 15 people were killed.", "Sudan Doctors Network", "monitor")]
    // Ukraine and Russia
    [InlineData("Wagner mercenaries fought around Bakhmut for months.", "Wagner Group", "external_force")]
    [InlineData("The Kremlin rejected the proposal on Monday.", "Government of Russia", "government")]
    [InlineData("Ukrinform reported explosions in Odesa.", "Ukrinform", "media")]
    [InlineData("TASS quoted the governor as saying two drones were downed.", "TASS", "media")]
    // Israel, Gaza, Lebanon, Yemen
    [InlineData("The IDF said it struck a Hamas command centre in Khan Younis.", "Military Forces of Israel", "external_force")]
    [InlineData("The IDF said it struck a Hamas command centre in Khan Younis.", "Hamas", "rebel_group")]
    [InlineData("Islamic Jihad fired rockets toward Sderot.", "Palestinian Islamic Jihad", "rebel_group")]
    [InlineData("Hizbullah fighters clashed with troops near the border.", "Hezbollah", "political_militia")]
    [InlineData("The Iran-aligned Houthis launched a missile at a ship in the Red Sea.", "Houthis", "rebel_group")]
    [InlineData("Ansar Allah said its forces downed a drone over Marib.", "Houthis", "rebel_group")]
    [InlineData("Gaza's Health Ministry said the toll had risen.", "Gaza Health Ministry", "government")]
    [InlineData("The official news agency WAFA said a teenager was shot in Jenin.", "WAFA", "media")]
    // Syria and Iraq
    [InlineData("Hay'at Tahrir al-Sham fighters entered the town.", "Hayat Tahrir al-Sham", "rebel_group")]
    [InlineData("Fighters of Jaish al-Izza joined the push.", "Jaish al-Izza", "rebel_group")]
    [InlineData("The Kurdish-led Syrian Democratic Forces repelled the attack.", "Syrian Democratic Forces", "rebel_group")]
    [InlineData("Kataib Hezbollah denied any role in the drone attack.", "Kataib Hezbollah", "political_militia")]
    [InlineData("The Hashd al-Shaabi deployed units to the border.", "Popular Mobilization Forces", "political_militia")]
    // Myanmar
    [InlineData("The Arakan Army seized the town after weeks of fighting.", "Arakan Army", "rebel_group")]
    [InlineData("The Tatmadaw bombed a village in Sagaing.", "Military Forces of Myanmar", "state_forces")]
    [InlineData("People's Defence Force fighters ambushed a convoy.", "People's Defence Force", "rebel_group")]
    [InlineData("The Ta'ang National Liberation Army captured a base.", "Ta'ang National Liberation Army", "rebel_group")]
    // Sahel and Nigeria
    [InlineData("Africa Corps mercenaries accompanied the column.", "Africa Corps", "external_force")]
    [InlineData("Boko Haram fighters raided a village in Borno.", "Boko Haram", "rebel_group")]
    [InlineData("ISWAP claimed the attack on the base.", "Islamic State West Africa Province", "rebel_group")]
    // Horn of Africa
    [InlineData("Al Shabab militants stormed a hotel in Mogadishu.", "Al Shabaab", "rebel_group")]
    [InlineData("Fano militiamen clashed with federal troops in Amhara.", "Fano", "identity_militia")]
    // DR Congo
    [InlineData("The M23 took control of Goma.", "M23", "rebel_group")]
    [InlineData("The FARDC said it repelled an attack near Sake.", "Military Forces of the Democratic Republic of Congo", "state_forces")]
    [InlineData("Suspected ADF rebels killed villagers near Beni.", "Allied Democratic Forces", "rebel_group")]
    [InlineData("A CODECO attack on a displacement camp in Djugu was reported.", "CODECO", "identity_militia")]
    // Afghanistan and Pakistan
    [InlineData("The Pakistani Taliban claimed the bombing in Peshawar.", "Tehrik-i-Taliban Pakistan", "rebel_group")]
    [InlineData("Islamic State-Khorasan claimed responsibility.", "Islamic State Khorasan Province", "rebel_group")]
    // Americas
    [InlineData("Gunmen from the Sinaloa Cartel blocked roads in Culiacan.", "Sinaloa Cartel", "political_militia")]
    [InlineData("The Jalisco New Generation Cartel ambushed police.", "Jalisco New Generation Cartel", "political_militia")]
    [InlineData("The Viv Ansanm gang coalition attacked Mirebalais.", "Viv Ansanm", "political_militia")]
    [InlineData("ELN guerrillas attacked a military base in Arauca.", "National Liberation Army", "rebel_group")]
    [InlineData("The Clan del Golfo controls much of the Uraba region.", "Clan del Golfo", "political_militia")]
    // cross-cutting
    [InlineData("The UN refugee agency said 30,000 people had fled.", "UNHCR", "international_org")]
    [InlineData("Doctors Without Borders said its clinic was hit.", "Medecins Sans Frontieres", "international_org")]
    [InlineData("Human Rights Watch documented the strikes.", "Human Rights Watch", "monitor")]
    [InlineData("Data compiled by ACLED show a rise in attacks.", "ACLED", "monitor")]
    [InlineData("Agence France-Presse correspondents saw the bodies.", "AFP", "media")]
    [InlineData("The Red Cross evacuated the wounded.", "International Committee of the Red Cross", "international_org")]
    public void NamedActorsAreFoundWithTheirCanonicalNameAndType(string sentence, string name, string type)
    {
        var actor = Find(sentence).FirstOrDefault(a => a.Name == name);
        Assert.True(actor is not null, $"'{name}' not in: {Names(Find(sentence))}");
        Assert.Equal(type, actor.Type);
    }

    [Theory]
    [InlineData("Hezbollah, Hizbullah and Hizballah are one group.", 3)]
    [InlineData("Al-Shabaab, al Shabab and Shabaab are one group.", 3)]
    [InlineData("The Houthis, also called Ansar Allah, fired again; a Houthi spokesman spoke.", 3)]
    public void SpellingVariantsMergeIntoOneActorWithEveryMention(string sentence, int mentions)
    {
        var actors = Find(sentence);
        Assert.Single(actors);
        Assert.Equal(mentions, actors[0].Spans.Count);
    }

    [Fact]
    public void TheTextIsTheFirstSurfaceFormAndActorsAreOrderedByFirstMention()
    {
        var actors = Find("Hayat Tahrir al-Sham (HTS) attacked. Later the SDF and HTS clashed.");
        Assert.Equal(["Hayat Tahrir al-Sham", "Syrian Democratic Forces"], actors.Select(a => a.Name));
        Assert.Equal("Hayat Tahrir al-Sham", actors[0].Text);
        Assert.Equal(3, actors[0].Spans.Count);
    }

    [Fact]
    public void AParentIsReportedByName()
    {
        var qassam = Find("The Qassam Brigades said they fired rockets.").Single();
        Assert.Equal("Hamas", qassam.Parent);
    }

    [Theory]
    [InlineData("The SNA captured the village near Afrin.", "SY", "Syrian National Army")]
    [InlineData("The SNA retook the village near Kismayo.", "SO", "Military Forces of Somalia")]
    public void AnAbbreviationSharedByTwoActorsGoesToTheArticlesCountry(string sentence, string country, string name) =>
        Assert.Contains(Find(sentence, PlaceIn(country)), a => a.Name == name);

    [Theory]
    [InlineData("")]
    [InlineData("-- ' \" ... !!")]
    [InlineData("'s 's - -")]
    public void TextWithoutWordsHasNoActors(string text) => Assert.Empty(Find(text));
}
