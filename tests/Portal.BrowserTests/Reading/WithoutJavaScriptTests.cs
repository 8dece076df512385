using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests.Reading;

[Collection(BrowserCollection.Name)]
public sealed class WithoutJavaScriptTests(BrowserPortal portal)
{
    [Theory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public async Task Every_page_type_is_readable_with_JavaScript_turned_off(string pageType)
    {
        await using var context = await portal.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.OpenAsync(PageTypes.Url(pageType, "en"), pageType);

        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        Assert.NotEmpty((await page.Locator("h1").InnerTextAsync()).Trim());
        await Assertions.Expect(page.Locator("main").GetByText(PageTypes.All[pageType].EnglishText).First).ToBeVisibleAsync();
    }
}
