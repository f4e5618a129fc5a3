namespace NewsEvents.Extraction.Tests.Places;

/// <summary>
/// Places the layout of the text names: brackets of admin parents, "coded as", "X, Region", "the X district of Y",
/// distances, a locative preposition before an unknown name. Village names are invented unless a test is about the
/// gazetteer (then they are GeoNames villages).
/// </summary>
public class CuedPlaceTests
{
    [Theory]
    [InlineData("Gunmen attacked Zarbago Tenkiro (Tenenkou, Mopti) on Friday.", "Zarbago Tenkiro", "ML", "Mopti Region")]
    [InlineData("On 3 May, jihadists raided the village of Dorikassa (Ouallam, Tillaberi) and stole cattle.", "Dorikassa", "NE", "Tillabéri Region")]
    [InlineData("Soldiers clashed with rebels in Ngarvouba (Bambari, Ouaka). Two soldiers were killed.", "Ngarvouba", "CF", "Ouaka Prefecture")]
    [InlineData("Gunmen struck Aigbovala 2 village (Samba-Kelo, Bria) before dawn.", "Aigbovala 2 village", "CF", "Haute-Kotto Prefecture")]
    public void ANameBeforeBracketedParentsIsAPlaceInsideThem(string text, string surface, string country, string admin1)
    {
        var place = Places.At(Places.Find(text), text, surface);
        Assert.True(place is not null, $"'{surface}' not kept; got: {Places.Describe(Places.Find(text))}");
        Assert.Equal("unresolved", place.Precision);
        Assert.Equal(country, place.Country);
        Assert.Equal(admin1, place.Admin1);
        Assert.NotNull(place.Parent);
    }

    [Theory]
    // a local unit written lower-case right before its name
    [InlineData("Two rubber tappers were shot dead on a plantation in tambon Kasoh.", "Kasoh")]
    [InlineData("A ranger was wounded by a bomb in amphoe Lupong on Monday.", "Lupong")]
    public void ALocalUnitBeforeANameMakesItAPlace(string text, string surface)
    {
        var place = Places.At(Places.Find(text), text, surface);
        Assert.True(place is not null, $"'{surface}' not kept; got: {Places.Describe(Places.Find(text))}");
    }

    [Fact]
    public void ThePlaceBeforeTheBracketsTakesItsMostSpecificParent()
    {
        const string text = "Gunmen attacked Zarbago Tenkiro (Tenenkou, Mopti) on Friday.";
        Assert.Equal("Ténenkou", Places.At(Places.Find(text), text, "Zarbago Tenkiro")!.Parent);
    }

    [Theory]
    // Sakoyra is a GeoNames village in both Niger (Tillaberi) and Mali (Tombouctou): the brackets choose
    [InlineData("Gunmen raided Sakoyra (Tillaberi) on Friday.", "NE")]
    [InlineData("Gunmen raided Sakoyra (Tombouctou) on Friday.", "ML")]
    public void BracketedParentsChooseBetweenNamesakes(string text, string country)
    {
        var place = Places.At(Places.Find(text), text, "Sakoyra");
        Assert.NotNull(place);
        Assert.Equal(country, place.Country);
        Assert.Equal("village", place.Precision);
    }

    [Fact]
    public void TheNamesInsideTheBracketsArePlacesToo()
    {
        const string text = "Militants burned a school in Dorikassa (Zorvani, Ouallam, Tillaberi).";
        var results = Places.Find(text);
        var unit = Places.At(results, text, "Zorvani");
        Assert.True(unit is not null, Places.Describe(results));
        Assert.Equal("region", unit.Kind);
        Assert.Equal("NE", unit.Country);
        Assert.NotNull(Places.At(results, text, "Ouallam"));
    }

    [Theory]
    [InlineData("KHARTOUM (Reuters) - Fighting resumed in the Sudanese capital.", "Reuters")]
    [InlineData("Fighters loyal to Wagner Group (Russia) were seen near the mine.", "Wagner Group")]
    [InlineData("The attack was claimed by JNIM (Jama'at Nusrat al-Islam wal-Muslimin).", "JNIM")]
    public void BracketsOfSourcesAndGroupsAreNoParents(string text, string surface) =>
        Assert.Null(Places.At(Places.Find(text), text, surface));

    [Theory]
    [InlineData("Clashes were reported around the market (coded as Tamarzawa).", "Tamarzawa")]
    [InlineData("An IED struck a convoy between two villages [coded to Kolbentia].", "Kolbentia")]
    public void CodedAsNamesAPlace(string text, string surface) => Assert.NotNull(Places.At(Places.Find(text), text, surface));

    [Theory]
    [InlineData("Artillery hit Vorsklynka, Sumy, overnight.", "Vorsklynka", "UA")]
    [InlineData("Armed gang members stopped buses in Morne Zabeau, Ouest.", "Morne Zabeau", "HT")]
    public void ANameBeforeCommaAndRegionIsAPlaceInThatRegion(string text, string surface, string country)
    {
        var place = Places.At(Places.Find(text), text, surface);
        Assert.True(place is not null, Places.Describe(Places.Find(text)));
        Assert.Equal(country, place.Country);
    }

    [Theory]
    // the examples: a district named after a Russian village is still in Kharkiv; Herat's police district is Herat
    [InlineData("Drones hit the Kyivskyi district of Kharkiv overnight.", "Kyivskyi district", "UA", "Kharkiv")]
    [InlineData("Drones hit the Zorivskyi district of Kharkiv overnight.", "Zorivskyi district", "UA", "Kharkiv")]
    [InlineData("A roadside bomb killed two men in Zarkand of Kandahar district.", "Zarkand", "AF", null)]
    public void TheXDistrictOfYLiesInY(string text, string surface, string country, string? parent)
    {
        var place = Places.At(Places.Find(text), text, surface);
        Assert.True(place is not null, Places.Describe(Places.Find(text)));
        Assert.Equal(country, place.Country);
        if (parent is not null) Assert.Equal(parent, place.Parent);
    }

    [Fact]
    public void ANumberedQuarterOfACityLeavesTheCity()
    {
        const string text = "A bomb exploded in PD12 of Herat city on Monday.";
        var herat = Places.At(Places.Find(text), text, "Herat");
        Assert.NotNull(herat);
        Assert.Equal("AF", herat.Country);
    }

    [Theory]
    [InlineData("Jihadists attacked Tinzawarka, 40 km north of Kidal, on Sunday.", "Tinzawarka")]
    [InlineData("Militias seized Qorandi Village (35km SW of Baidoa) before dawn.", "Qorandi Village")]
    public void APlaceMeasuredFromAnotherIsAPlace(string text, string surface) => Assert.NotNull(Places.At(Places.Find(text), text, surface));

    [Theory]
    [InlineData("Gunmen killed three herders near Tiwarkaye.", "Tiwarkaye")]
    [InlineData("Soldiers fought off an ambush at Bulsorgo, losing two men.", "Bulsorgo")]
    [InlineData("Gunmen abducted a teacher from Zanbalgo, according to local sources.", "Zanbalgo")]
    [InlineData("An IED hit a truck between Kowarba and Dalmayel in the north.", "Kowarba")]
    [InlineData("An IED hit a truck between Kowarba and Dalmayel in the north.", "Dalmayel")]
    [InlineData("In Tilwaga, gunmen burned the market.", "Tilwaga")]
    [InlineData("Bandits shot a trader in Ghurvanli 12 km west of Tarbila.", "Ghurvanli")]
    [InlineData("Bandits shot a trader in Ghurvanli 12 km west of Tarbila.", "Tarbila")]
    [InlineData("Rebels retook Sorvania on Tuesday.", "Sorvania")]
    [InlineData("An attack on Kwarbeni on Monday killed two soldiers.", "Kwarbeni")]
    public void AnUnknownNameAfterALocativeCueIsKept(string text, string surface)
    {
        var place = Places.At(Places.Find(text), text, surface);
        Assert.True(place is not null, $"'{surface}' not kept; got: {Places.Describe(Places.Find(text))}");
        Assert.Equal("unresolved", place.Precision);
    }

    [Theory]
    [InlineData("Two deputies were heard in Parliament on Tuesday.", "Parliament")]
    [InlineData("Police detained two men from Fulani herding families.", "Fulani")]
    [InlineData("The video was shared on Facebook and in Hausa.", "Hausa")]
    [InlineData("Fighters from JNIM withdrew overnight.", "JNIM")]
    [InlineData("The elders gathered near Qarwadi's grave on Friday.", "Qarwadi")]
    [InlineData("Traders arrived from Zanbalgo-linked networks.", "Zanbalgo")]
    [InlineData("Unrest spread in Zorkonian villages after the raid.", "Zorkonian")]
    [InlineData("Images from DigitalGlobe showed burned homes.", "DigitalGlobe")]
    [InlineData("Riots broke out in the North Indian state on Monday.", "North Indian state")]
    [InlineData("Officers in Precinct 4 were put on alert.", "Precinct")]
    public void ALocativeCueIsNotEnoughForWordsThatNameNoPlace(string text, string surface)
    {
        var results = Places.Find(text);
        Assert.True(Places.At(results, text, surface) is null, $"'{surface}' became a place: {Places.Describe(results)}");
    }

    [Theory]
    [InlineData("Fighters took the Zarvanga sub-prefecture (Haute-Kotto) on Sunday.", "Zarvanga sub-prefecture", "CF")]
    [InlineData("Gunmen attacked farmers in Zorgbo Local Government Area of Benue State.", "Zorgbo Local Government Area", "NG")]
    [InlineData("Gunmen attacked farmers in Zorgbo North Local Government Area of Benue State.", "Zorgbo North Local Government Area", "NG")]
    [InlineData("Troops patrolled the Zarkhel area of Khost province.", "Zarkhel area", "AF")]
    [InlineData("Protesters gathered in Tarnipur locality of Rajshahi.", "Tarnipur locality", "BD")]
    public void LocalUnitsAfterANameAreKeptWithTheirWord(string text, string surface, string country)
    {
        var place = Places.At(Places.Find(text), text, surface);
        Assert.True(place is not null, $"'{surface}' not kept; got: {Places.Describe(Places.Find(text))}");
        Assert.Equal(country, place.Country);
    }

    [Theory]
    [InlineData("Police arrested three men in Dar es Salaam, Tanzania.", "Dar es Salaam")]
    [InlineData("Gunmen ambushed a convoy on the Juba-Zorkala highway.", "Juba")]
    [InlineData("Troops patrolled Southern Kaduna after the raid.", "Kaduna")]
    public void AKnownNameKeepsItsPlaceInsideALayout(string text, string surface) =>
        Assert.NotNull(Places.At(Places.Find(text), text, surface));

    [Fact]
    public void ANameSplitAtAKnownPieceIsOneUnknownPlace()
    {
        // "Musa" alone is a village elsewhere; "Musa Zorkhel" is one name
        const string text = "Police said a market in Musa Zorkhel district was shelled.";
        var results = Places.Find(text);
        Assert.NotNull(Places.At(results, text, "Musa Zorkhel district"));
        Assert.DoesNotContain(results, r => r.Text == "Musa");
    }

    [Theory]
    // Sourgoubila is a GeoNames village of Burkina Faso, found only in the country dumps
    [InlineData("Jihadists attacked Sourgoubila in Burkina Faso on Sunday.")]
    [InlineData("Gunmen killed four people in Sourgoubila.")]
    public void AVillageOfTheCountryDumpsResolvesWhenCuedOrInItsCountry(string text)
    {
        var place = Places.At(Places.Find(text), text, "Sourgoubila");
        Assert.NotNull(place);
        Assert.Equal("BF", place.Country);
        Assert.Equal("village", place.Precision);
        Assert.NotNull(place.GeonameId);
    }

    [Fact]
    public void AVillageOfAnotherCountryNamedWithoutACueIsNoPlace()
    {
        const string text = "Kenyan police said the convoy passed Sourgoubila safely, officials in Nairobi said.";
        Assert.Null(Places.At(Places.Find(text), text, "Sourgoubila"));
    }
}
