using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests.Reading;

[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserPortal portal)
{
    private const string Focusable =
        "a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex='-1'])";

    [Theory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public async Task The_skip_link_comes_first_and_moves_focus_past_the_navigation_to_the_main_content(string pageType)
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(PageTypes.Url(pageType, "en"), pageType);

        await page.Keyboard.PressAsync("Tab");
        var skipLink = page.Locator("a.skip-link");
        await Assertions.Expect(skipLink).ToBeFocusedAsync();
        await Assertions.Expect(skipLink).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#main")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        var nextIsAfterMainStart = await page.EvaluateAsync<bool>(
            "() => (document.getElementById('main').compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0");
        Assert.True(nextIsAfterMainStart, "after the skip link, Tab went back into the header");
    }

    [Theory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public async Task Every_link_and_control_is_reached_with_Tab_alone_in_reading_order(string pageType)
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(PageTypes.Url(pageType, "en"), pageType);
        // What is shown: on a wide screen the phone's menu button is not, and has no reason to be reached.
        var focusable = await page.EvaluateAsync<string[]>(
            $"() => [...document.querySelectorAll(\"{Focusable}\")].filter(e => e.checkVisibility()).map(e => e.outerHTML.slice(0, 120))");

        var reached = new List<int>();
        for (var press = 0; press < focusable.Length + 2; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            var index = await page.EvaluateAsync<int>(
                $"() => [...document.querySelectorAll(\"{Focusable}\")].filter(e => e.checkVisibility()).indexOf(document.activeElement)");
            if (index < 0 || reached.Contains(index))
            {
                break;
            }

            reached.Add(index);
        }

        var missed = focusable.Where((_, index) => !reached.Contains(index)).ToList();
        Assert.True(missed.Count == 0, "not reachable with Tab: " + string.Join(" | ", missed));
        Assert.Equal(Enumerable.Range(0, focusable.Length), reached);
    }
}
