using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Web.Localization;

namespace Portal.BrowserTests.Reading;

/// <summary>A reader on a 360 × 640 phone: the page's title on the first screen, the menu, dark mode and print.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneTests(BrowserPortal portal, ITestOutputHelper output)
{
    private static readonly string[] PhonePageTypes = ["home", "news item", "page with timeline", "institution"];

    public static TheoryData<string, string> PhonePagesInEveryLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in Languages.All)
        {
            foreach (var pageType in PhonePageTypes)
            {
                data.Add(pageType, language);
            }
        }

        return data;
    }

    public static TheoryData<string> EveryLanguage() => new(Languages.All);

    [Theory]
    [MemberData(nameof(PhonePagesInEveryLanguage))]
    public async Task The_page_s_title_starts_in_the_top_40_percent_of_a_phone_s_first_screen(string pageType, string language)
    {
        await using var context = await portal.NewContextAsync(Phone(javaScript: true));
        var page = await OpenAsync(context, pageType, language);

        var top = await page.EvaluateAsync<double>("() => document.querySelector('h1').getBoundingClientRect().top");

        Assert.True(top <= 640 * 0.4, $"the h1 starts {top} px down a 640 px screen");
        await Assertions.Expect(page.Locator("nav.languages a[hreflang]")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("nav.languages a[hreflang=be]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("nav.languages a[hreflang=be]")).ToHaveTextAsync("Беларуская");
    }

    [Theory]
    [MemberData(nameof(PhonePagesInEveryLanguage))]
    public async Task The_menu_opens_with_the_keyboard_and_leads_to_the_sections_and_search(string pageType, string language)
    {
        await using var context = await portal.NewContextAsync(Phone(javaScript: true));
        var page = await OpenAsync(context, pageType, language);
        var navigation = page.Locator("nav.main-nav");
        await Assertions.Expect(navigation).Not.ToBeVisibleAsync();

        await page.Locator(".menu summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(navigation).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(navigation.Locator("a").First).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".site-search input")).ToBeVisibleAsync();
    }

    [Theory]
    [MemberData(nameof(EveryLanguage))]
    public async Task The_menu_opens_with_JavaScript_turned_off(string language)
    {
        await using var context = await portal.NewContextAsync(Phone(javaScript: false));
        var page = await context.NewPageAsync();
        await page.OpenAsync(PageTypes.Url("news item", language), "news item");

        await page.Locator(".menu summary").ClickAsync();

        await Assertions.Expect(page.Locator("nav.main-nav a").Last).ToBeVisibleAsync();
    }

    [Theory]
    [MemberData(nameof(PhonePagesInEveryLanguage))]
    public async Task Axe_finds_nothing_in_the_light_or_the_dark_scheme_with_the_menu_closed_and_open(string pageType, string language)
    {
        await using var context = await portal.NewContextAsync(Phone(javaScript: true));
        var page = await OpenAsync(context, pageType, language);

        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
            await page.AssertNoViolationAsync(output);
            await page.Locator(".menu summary").ClickAsync();
            await page.AssertNoViolationAsync(output);
            await page.Locator(".menu summary").ClickAsync();
        }
    }

    [Fact]
    public async Task Dark_mode_changes_the_page_s_colours()
    {
        await using var context = await portal.NewContextAsync(Phone(javaScript: true));
        var page = await OpenAsync(context, "news item", "en");
        const string background = "() => getComputedStyle(document.body).backgroundColor";
        var light = await page.EvaluateAsync<string>(background);

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });

        Assert.NotEqual(light, await page.EvaluateAsync<string>(background));
    }

    [Theory]
    [MemberData(nameof(PhonePagesInEveryLanguage))]
    public async Task On_paper_the_navigation_is_hidden_and_links_show_their_addresses(string pageType, string language)
    {
        await using var context = await portal.NewContextAsync(Phone(javaScript: true));
        var page = await OpenAsync(context, pageType, language);

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Assertions.Expect(page.Locator("nav.main-nav")).Not.ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("nav.languages")).Not.ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("form.site-search")).Not.ToBeVisibleAsync();
        var printed = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main a[href], footer a[href]')]
                .filter(a => !a.getAttribute('href').startsWith('#'))
                .map(a => getComputedStyle(a, '::after').content.includes(a.getAttribute('href')) ? '' : a.outerHTML)
            """);
        Assert.NotEmpty(printed);
        Assert.All(printed, link => Assert.True(link.Length == 0, "printed without its address: " + link));
        await Assertions.Expect(page.Locator("footer .print-only")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("footer .print-only")).ToContainTextAsync(new Uri(page.Url).Host);
    }

    private static async Task<IPage> OpenAsync(IBrowserContext context, string pageType, string language)
    {
        var page = await context.NewPageAsync();
        await page.OpenAsync(PageTypes.Url(pageType, language), pageType);
        return page;
    }

    private static BrowserNewContextOptions Phone(bool javaScript) => new()
    {
        ViewportSize = new ViewportSize { Width = 360, Height = 640 },
        IsMobile = true,
        HasTouch = true,
        JavaScriptEnabled = javaScript,
    };
}
