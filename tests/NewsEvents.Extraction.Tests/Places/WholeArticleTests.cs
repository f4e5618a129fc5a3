namespace NewsEvents.Extraction.Tests.Places;

/// <summary>Whole articles (<see cref="TestArticles"/>) with the places each must yield and the words that must not become places.</summary>
public class WholeArticleTests
{
    public static TheoryData<string, string, string> Articles => new()
    {
        {
            TestArticles.SudanElFasher,
            "Khartoum/SD/city|Sudan/SD/country|El Fasher/SD/city|North Darfur/SD/admin1|Zamzam camp/SD/unresolved|Omdurman/SD/city|Chad/TD/country|South Sudan/SS/country|Kutum/SD/town",
            "Saudi|Bar|Minni Minawi|Burhan"
        },
        {
            TestArticles.UkraineStrikes,
            "Kyiv/UA/city|Ukraine/UA/country|Kharkiv Oblast/UA/admin1|Zaporizhzhya Oblast/UA/admin1|Donetsk Oblast/UA/admin1|Pokrovsk/UA/town|Chasiv Yar/UA/town|Moscow/RU/city|Novomykhailivka/UA/unresolved|Odesa/UA/city|Izmail/UA/town|Romania/RO/country",
            "Western|Patriots|Terekhov|Volodymyr Zelenskyy|Peskov|Danube"
        },
        {
            TestArticles.GazaStrikes,
            "Gaza/PS/city|Gaza Strip/PS/admin1|Rafaḩ/PS/city|Jabālyā/PS/city|An Nuşayrāt/PS/town|Khān Yūnis/PS/city|Shejaia district/PS/unresolved|Egypt/EG/country|Qatar/QA/country|Cairo/EG/city",
            "Hamas|Israeli|Antony Blinken|Palestinians"
        },
        {
            TestArticles.MexicoSinaloa,
            "Culiacán/MX/city|Mexico/MX/country|Sinaloa/MX/admin1|Villa de Costa Rica/MX/town",
            "Federal|Rubén Rocha Moya|Harfuch"
        },
        {
            TestArticles.SyriaCounteroffensive,
            "Damascus/SY/city|Ḩamāh/SY/city|Ma‘arrat an Nu‘mān/SY/town|Jisr ash Shughūr/SY/town|Khān Shaykhūn/SY/town|Binnish/SY/town|Mhardeh/SY/unresolved|Latakia/SY/city|Deir ez-Zor Governorate/SY/admin1|Ar Raqqah/SY/city|Bab al-Hawa crossing/SY/facility|Türkiye/TR/country",
            "Assad|Abdul Rahman|Hassan|Mustafa|Jaish|Kurdish"
        },
        {
            TestArticles.OrganisationsAndPeople,
            "Syria/SY/country|New York City/US/city|Aleppo/SY/city|Tadmur/SY/town|Idlib/SY/city|Manbij/SY/town|Moscow/RU/city|Ankara/TR/city",
            "Hezbollah|Hamas|Jazeera|Kremlin|Pentagon|AFP|AP|NATO|European|Red Cross|Amnesty|Human|Wagner|ISIS|Reuters|Sunday|January|Saturday|Jolani|Suheil|Assad|Maher|Sharaa|Bahra|Britain"
        },
    };

    [Theory]
    [MemberData(nameof(Articles))]
    public void ArticlesYieldTheirPlacesAndNothingElse(string text, string expected, string forbidden)
    {
        var results = Places.Find(text);
        var got = results.Select(r => $"{r.Name}/{r.Country}/{r.Precision}").ToList();
        foreach (var want in expected.Split('|'))
            Assert.True(got.Contains(want), $"missing {want}; got {string.Join("; ", got)}");
        foreach (var r in results)
            Assert.Equal(r.Text, r.Spans[0].Of(text));
        Assert.True(results.Zip(results.Skip(1)).All(p => p.First.Spans[0].Start < p.Second.Spans[0].Start), "results are in order of first mention");
        foreach (var word in forbidden.Split('|'))
            Assert.True(!results.Any(r => r.Text.Contains(word, StringComparison.Ordinal)), $"'{word}' became a place; got {string.Join("; ", got)}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("no capitals at all in this text.")]
    public void TextsWithoutNamesHaveNoPlaces(string text) => Assert.Empty(Places.Find(text));
}
