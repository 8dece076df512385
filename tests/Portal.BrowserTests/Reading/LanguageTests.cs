using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests.Reading;

[Collection(BrowserCollection.Name)]
public sealed class LanguageTests(BrowserPortal portal)
{
    [Theory]
    [InlineData("be-BY", "be")]
    [InlineData("ru-RU", "ru")]
    [InlineData("fr-FR", "fr")]
    [InlineData("de-DE", "en")]
    public async Task Opening_the_site_lands_on_the_home_page_in_the_browsers_language(string browserLocale, string language)
    {
        await using var context = await portal.NewContextAsync(new BrowserNewContextOptions { Locale = browserLocale });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");

        Assert.Equal($"/{language}/", new Uri(page.Url).AbsolutePath);
        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
    }

    [Theory]
    [InlineData("fr", "Les sessions ouvertes aux forces démocratiques")]
    [InlineData("ru", "Сессии открыты для демократических сил")]
    [InlineData("be", "Сесіі адкрытыя для дэмакратычных сіл")]
    public async Task Switching_language_on_a_news_item_stays_on_that_item(string language, string title)
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/en/news/2025-03-26-sessions");

        await page.Locator($"nav.languages a[hreflang={language}]").ClickAsync();

        await page.WaitForURLAsync(new Regex($"/{language}/news/2025-03-26-sessions$"));
        Assert.Equal(title, await page.Locator("h1").InnerTextAsync());
        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task Switching_language_on_an_untranslated_item_stays_on_it_and_says_it_is_untranslated()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/en/news/2025-02-11-english-only");

        await page.Locator("nav.languages a[hreflang=be]").ClickAsync();

        await page.WaitForURLAsync(new Regex("/be/news/2025-02-11-english-only$"));
        Assert.Equal("An item in English only", await page.Locator("h1").InnerTextAsync());
        await Assertions.Expect(page.Locator("main [role=note]")).ToBeVisibleAsync();
    }
}
