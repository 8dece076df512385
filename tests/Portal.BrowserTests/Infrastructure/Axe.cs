using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>axe-core at WCAG 2.1 A and AA on the page as it is now.</summary>
public static class Axe
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static async Task AssertNoViolationAsync(this IPage page, ITestOutputHelper output)
    {
        // Colour contrast is judged against the site's own stylesheet, so it has to be there, not browser defaults: after a
        // click, a heading can be visible before the page's stylesheets have loaded.
        await page.WaitForLoadStateAsync(LoadState.Load);
        var stylesheet = await page.EvaluateAsync<string?>(
            "() => [...document.styleSheets].map(s => s.href).find(h => h && new URL(h).pathname.startsWith('/css/site')) ?? null");
        Assert.NotNull(stylesheet);

        var result = await page.RunAxe(Wcag21AA);

        foreach (var unsure in result.Incomplete)
        {
            output.WriteLine($"axe could not decide {unsure.Id} at {Targets(unsure)}: check by eye");
        }

        Assert.Contains(result.Passes.Concat(result.Violations).Concat(result.Incomplete), rule => rule.Id == "color-contrast");
        Assert.True(result.Violations.Length == 0, string.Join(Environment.NewLine,
            result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {Targets(v)}")));
    }

    private static string Targets(AxeResultItem rule) => string.Join(", ", rule.Nodes.Select(node => node.Target.ToString()));
}
