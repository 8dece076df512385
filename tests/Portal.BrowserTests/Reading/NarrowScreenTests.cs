using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests.Reading;

[Collection(BrowserCollection.Name)]
public sealed class NarrowScreenTests(BrowserPortal portal)
{
    [Theory]
    [MemberData(nameof(PageTypes.InEveryLanguage), MemberType = typeof(PageTypes))]
    public async Task Every_page_fits_a_360_pixel_wide_phone_without_scrolling_sideways(string pageType, string language)
    {
        await using var context = await portal.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();

        await page.OpenAsync(PageTypes.Url(pageType, language), pageType);

        var widths = await page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"the page is {widths[0]} px wide on a {widths[1]} px screen");
        await Assertions.Expect(page.Locator("h1")).ToBeInViewportAsync();
    }
}
