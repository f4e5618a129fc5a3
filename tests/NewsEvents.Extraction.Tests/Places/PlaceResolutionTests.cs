namespace NewsEvents.Extraction.Tests.Places;

public class PlaceResolutionTests
{
    [Theory]
    // Ukraine
    [InlineData("Russian missiles struck Kharkiv overnight, the regional governor said.", "Kharkiv", "Kharkiv", "UA", "city")]
    [InlineData("Shelling hit Kharkov again on Tuesday.", "Kharkov", "Kharkiv", "UA", "city")]
    [InlineData("Ukrainian troops withdrew from Bakhmut after months of fighting.", "Bakhmut", "Bakhmut", "UA", "town")]
    [InlineData("Drones hit energy sites in Zaporizhzhia oblast overnight.", "Zaporizhzhia oblast", "Zaporizhzhya Oblast", "UA", "admin1")]
    // Sudan
    [InlineData("The RSF shelled El Fasher, the last army stronghold in Darfur.", "El Fasher", "El Fasher", "SD", "city")]
    [InlineData("Sudanese medics said shelling in al-Fashir killed 12 people.", "al-Fashir", "El Fasher", "SD", "city")]
    [InlineData("Army drones struck RSF positions in Omdurman on Sunday.", "Omdurman", "Omdurman", "SD", "city")]
    [InlineData("Fighters moved into North Darfur from Chad.", "North Darfur", "North Darfur", "SD", "admin1")]
    // Gaza
    [InlineData("Israeli strikes hit Khan Younis in southern Gaza.", "Khan Younis", "Khān Yūnis", "PS", "city")]
    [InlineData("Families fled Khan Yunis on foot, Palestinian officials said.", "Khan Yunis", "Khān Yūnis", "PS", "city")]
    [InlineData("Tanks pushed into Jabalia in the northern Gaza Strip.", "Jabalia", "Jabālyā", "PS", "city")]
    [InlineData("Thousands sheltered in Rafah near the Egyptian border, Gaza officials said.", "Rafah", "Rafaḩ", "PS", "city")]
    // Myanmar
    [InlineData("Myanmar's junta lost control of Myawaddy on the Thai border.", "Myawaddy", "Myawadi", "MM", "town")]
    [InlineData("Resistance fighters attacked a junta base in Sagaing region.", "Sagaing region", "Sagaing Region", "MM", "admin1")]
    // Mexico
    [InlineData("Gunmen killed five people in Culiacan, Mexican police said.", "Culiacan", "Culiacán", "MX", "city")]
    [InlineData("Cartel violence in Sinaloa has displaced hundreds of families in Mexico.", "Sinaloa", "Sinaloa", "MX", "admin1")]
    // Sahel
    [InlineData("Jihadists besieged Djibo in northern Burkina Faso.", "Djibo", "Djibo", "BF", "town")]
    [InlineData("Jihadists besieged Djibo in northern Burkina Faso.", "Burkina Faso", "Burkina Faso", "BF", "country")]
    // DR Congo
    [InlineData("M23 rebels advanced towards Goma, the capital of North Kivu.", "Goma", "Goma", "CD", "city")]
    [InlineData("M23 rebels advanced towards Goma, the capital of North Kivu.", "North Kivu", "North Kivu", "CD", "admin1")]
    // Yemen
    [InlineData("Houthi forces fired missiles from Hodeidah at shipping in the Red Sea.", "Hodeidah", "Al Ḩudaydah", "YE", "city")]
    [InlineData("Air strikes hit the port city of Hudaydah, Yemeni officials said.", "Hudaydah", "Al Ḩudaydah", "YE", "city")]
    // Syria
    [InlineData("Rebels entered Aleppo's western districts on Friday.", "Aleppo", "Aleppo", "SY", "city")]
    [InlineData("Turkish-backed fighters took al-Bab in northern Syria.", "al-Bab", "Al Bāb", "SY", "city")]
    [InlineData("Turkish-backed fighters took Al Bab in northern Syria.", "Al Bab", "Al Bāb", "SY", "city")]
    [InlineData("Turkish-backed fighters took Albab in northern Syria.", "Albab", "Al Bāb", "SY", "city")]
    [InlineData("Shelling intensified in Aleppo's countryside overnight.", "Aleppo", "Aleppo", "SY", "city")]
    [InlineData("Air strikes pounded Idlib on Thursday.", "Idlib", "Idlib", "SY", "city")]
    // Iraq: a region name without its article, and a region two countries share a name for
    [InlineData("In Anbar province, security forces killed five militants near Fallujah.", "Anbar province", "Al Anbar Governorate", "IQ", "admin1")]
    [InlineData("A drone struck a base near Erbil in Iraq's Kurdistan region.", "Kurdistan region", "Kurdistan Region", "IQ", "admin1")]
    [InlineData("Air strikes pounded villages in Idlib province on Thursday.", "Idlib province", "Idlib Governorate", "SY", "admin1")]
    [InlineData("Talks between the U.S. and Iraq resumed in Baghdad.", "U.S.", "United States", "US", "country")]
    [InlineData("Bodies were found near the town of Costa Rica, south of Culiacan in Sinaloa.", "Costa Rica", "Villa de Costa Rica", "MX", "town")]
    [InlineData("Overnight strikes hit the Kharkiv and Zaporizhzhia regions of Ukraine.", "Kharkiv", "Kharkiv Oblast", "UA", "admin1")]
    [InlineData("Overnight strikes hit the Kharkiv and Zaporizhzhia regions of Ukraine.", "Zaporizhzhia regions", "Zaporizhzhya Oblast", "UA", "admin1")]
    [InlineData("KHARTOUM (Reuters) - Fighting resumed in the Sudanese capital.", "KHARTOUM", "Khartoum", "SD", "city")]
    [InlineData("GOMA, Congo (AP) - M23 rebels seized the town of Sake, west of Goma.", "Congo", "DR Congo", "CD", "country")]
    public void NamesResolveToTheRightPlace(string text, string surface, string name, string country, string precision)
    {
        var results = Places.Find(text);
        var place = Places.At(results, text, surface);
        Assert.True(place is not null, $"'{surface}' not found; got: {Places.Describe(results)}");
        Assert.Equal(name, place.Name);
        Assert.Equal(country, place.Country);
        Assert.Equal(precision, place.Precision);
    }

    [Theory]
    [InlineData("Rebels seized Saraqib in Syria's Idlib province.")]
    [InlineData("Rebels seized Saraqeb in Syria's Idlib province.")]
    [InlineData("Rebels seized Saraqab in Syria's Idlib province.")]
    public void TransliterationsOfOneNameMeet(string text)
    {
        var place = Places.Find(text).Single(p => p.Text.StartsWith("Saraq", StringComparison.Ordinal));
        Assert.Equal(164816, place.GeonameId);
        Assert.Equal(35.864, place.Latitude!.Value, 2);
        Assert.Equal(36.806, place.Longitude!.Value, 2);
    }

    [Theory]
    [InlineData("Clashes erupted in Tripoli, the Libyan capital, as militias fought over the airport.", "LY")]
    [InlineData("Clashes erupted in Tripoli in northern Lebanon after the funeral.", "LB")]
    [InlineData("Lebanese troops deployed in Tripoli after a night of clashes.", "LB")]
    [InlineData("Syrian refugees arrived in Aleppo from camps in Lebanon.", "SY")]
    public void AmbiguousNamesFollowTheArticlesCountry(string text, string country)
    {
        var results = Places.Find(text);
        var first = results.First(r => r.Precision != "country");
        Assert.Equal(country, first.Country);
    }

    [Fact]
    public void HeadlinesInTitleCaseStillYieldTheirPlaces()
    {
        const string text = "Rebels Enter Aleppo As Syrian Army Retreats Toward Hama\n\nFighting continued on Saturday.";
        var names = Places.Find(text).Select(r => r.Name).ToList();
        Assert.Contains("Aleppo", names);
        Assert.Contains("Ḩamāh", names);
        Assert.DoesNotContain("Rebels Enter", names);
    }

    [Theory]
    [InlineData("Aleppo fell to the rebels within three days.", "Aleppo")]
    [InlineData("Goma was quiet on Sunday, residents said.", "Goma")]
    [InlineData("Kharkiv came under renewed attack overnight.", "Kharkiv")]
    [InlineData("Officials in Idlib said 12 people died.", "Idlib")]
    [InlineData("The Governor of Kharkiv said two people were hurt.", "Kharkiv")]
    [InlineData("Kharkiv Mayor Ihor Terekhov said a school was hit.", "Kharkiv")]
    [InlineData("Rebels cut the Aleppo-Damascus highway near Saraqib.", "Damascus")]
    [InlineData("Rebels cut the Aleppo-Damascus highway near Saraqib.", "Aleppo")]
    public void ASentenceMayStartWithAPlace(string text, string name) =>
        Assert.Contains(Places.Find(text), r => r.Name == name);

    [Fact]
    public void ASmallNamesakeOnAnotherContinentStaysUnresolved()
    {
        // the only "Delmas" in the gazetteer is in South Africa; the text still marks a Haitian neighbourhood
        const string text = "Gangs attacked the Delmas neighborhood of Port-au-Prince, Haitian police said.";
        var place = Places.Find(text).First(r => r.Text.StartsWith("Delmas", StringComparison.Ordinal));
        Assert.Equal("unresolved", place.Precision);
        Assert.Equal("HT", place.Country);
    }

    [Fact]
    public void OnePlaceIsOneResultWithEveryMentionInOrder()
    {
        const string text = "Rebels reached Aleppo on Friday. Residents of Aleppo said Aleppo's airport was shut. Damascus denied it.";
        var results = Places.Find(text);
        var aleppo = results.Single(r => r.Name == "Aleppo");
        Assert.Equal(3, aleppo.Spans.Count);
        Assert.Equal("Aleppo", aleppo.Text);
        Assert.True(results.ToList().IndexOf(aleppo) < results.ToList().FindIndex(r => r.Name == "Damascus"));
    }
}
