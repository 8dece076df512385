using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests.Reading;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserPortal portal, ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(PageTypes.InEveryLanguage), MemberType = typeof(PageTypes))]
    public async Task Axe_finds_no_WCAG_21_AA_violation(string pageType, string language)
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(PageTypes.Url(pageType, language), pageType);

        await page.AssertNoViolationAsync(output);
    }
}
