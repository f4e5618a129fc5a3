using NewsEvents.Extraction.Text;

namespace NewsEvents.Extraction.Tests.Cleaning;

public class BoilerplateTests
{
    private const string Story = "Artillery fire hit the outskirts of the city overnight, killing two people, the regional governor said.";

    private static string Clean(string content) => ArticleCleaner.Clean(new ArticleInput(content)).Text;

    [Theory]
    [InlineData("Read more")]
    [InlineData("Advertisement")]
    [InlineData("Share this article")]
    [InlineData("Share Tweet Email Print")]
    [InlineData("Follow us on Facebook and Instagram")]
    [InlineData("Click here to download our app")]
    [InlineData("Sign up for our free morning newsletter")]
    [InlineData("Subscribe now for unlimited access and no paywall")]
    [InlineData("We use cookies to improve your experience. By continuing you accept our privacy policy.")]
    [InlineData("Photo: Maria Lopes/AFP")]
    [InlineData("A damaged apartment block after the strike. Getty Images")]
    [InlineData("Residents inspect the rubble of a market. (Reuters)")]
    [InlineData("The Associated Press and AFP contributed to this report.")]
    [InlineData("Additional reporting by Sam Ode; editing by Kim Ray")]
    [InlineData("Copyright 2025 The Daily Ledger. All rights reserved.")]
    [InlineData("\u00A9 2025 Coastline Media")]
    [InlineData("Independent journalism needs you. Your donation keeps our reporters in the field, and your support keeps this site free of a paywall for everyone.")]
    public void FurnitureParagraphsAreDropped(string furniture) =>
        Assert.Equal(Story, Clean(Story + "\n\n" + furniture));

    [Theory]
    [InlineData("Western governments pledged support for the interim council, and donors promised $200 million to rebuild schools and clinics destroyed in two years of fighting.")]
    [InlineData("Aid groups appealed for donations to support the displaced.")]
    [InlineData("\"We need your support and we need it now,\" the camp manager told reporters.")]
    [InlineData("Reuters could not independently verify the footage shared on social media.")]
    [InlineData("The photo, shared widely online, showed soldiers near the bridge.")]
    [InlineData("Share prices fell in Lagos after the attack on the pipeline.")]
    public void StoryParagraphsThatMentionFurnitureWordsStay(string paragraph) =>
        Assert.Equal(Story + "\n\n" + paragraph, Clean(Story + "\n\n" + paragraph));

    [Fact]
    public void AnAppealGluedToTheFirstParagraphIsCutAtItsBoundary()
    {
        var appeal = "Our reporters are on the front line because of you Donate now Independent reporting costs money, and we never put it behind a paywall. "
            + "Every contribution, big or small, keeps our journalists in the field. Your support matters. Close Read more ";
        var text = appeal + "Paramilitary fighters stormed a camp for displaced people in North Darfur on Saturday, aid workers said.\n\nThe army said it repelled the attack.";
        Assert.Equal("Paramilitary fighters stormed a camp for displaced people in North Darfur on Saturday, aid workers said.\n\nThe army said it repelled the attack.", Clean(text));
    }

    [Fact]
    public void APromptGluedToTheEndOfAParagraphIsCut()
    {
        var text = Story + " Sign up for our newsletter to get the latest updates in your inbox.";
        Assert.Equal(Story, Clean(text));
    }

    [Fact]
    public void AStoryThatQuotesAnAppealIsNotCut()
    {
        var text = "\"Your support keeps us alive,\" a nurse at the clinic said. Militiamen looted the clinic on Sunday, staff said.";
        Assert.Equal(text, Clean(text));
    }

    [Fact]
    public void ScoresAreHigherForFurnitureThanForStory()
    {
        var vocabulary = Boilerplate.Default;
        var furniture = vocabulary.Weigh("Subscribe to our newsletter").Sum(s => s.Score);
        var story = vocabulary.Weigh("The army said it would support the police in the north.").Sum(s => s.Score);
        Assert.True(furniture >= 3, $"furniture {furniture}");
        Assert.True(story < 1, $"story {story}");
    }
}
