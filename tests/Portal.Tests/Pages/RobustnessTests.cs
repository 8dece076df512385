using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Pages;

/// <summary>Hostile, long and malformed requests get an ordinary answer, never a 500 or a script.</summary>
public sealed class RobustnessTests(FixtureContentPortal fixture) : IClassFixture<FixtureContentPortal>
{
    public static TheoryData<string> HostileUrls() =>
    [
        "/en/news/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/fr/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/en/news?page=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/ru/news?page=99999999999999999999",
        "/en/news?x=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/be/institutions/" + new string('a', 5000),
        "/en/news/" + Uri.EscapeDataString("' OR 1=1 --"),
        "/%E2%80%AE/news",
    ];

    [Theory]
    [MemberData(nameof(HostileUrls))]
    public async Task A_hostile_url_gets_a_page_without_a_script_and_no_server_error(string url)
    {
        var client = await fixture.ReadyClientAsync();

        using var response = await client.GetAsync(url);

        Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}");
        var page = await response.ReadDocumentAsync();
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.DoesNotContain("<script>alert", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_page_carries_a_strict_content_security_policy()
    {
        var client = await fixture.ReadyClientAsync();

        using var response = await client.GetAsync("/en/");

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
