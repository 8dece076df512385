using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

public sealed class EditorLineBreakTests(NewsroomFactory factory) : EditorLineBreakTestsOn<NewsroomFactory>(factory);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class EditorLineBreakOnPostgreSqlTests(PostgreSqlNewsroomFactory factory) : EditorLineBreakTestsOn<PostgreSqlNewsroomFactory>(factory);

/// <summary>Browsers send a text area's lines with CRLF: the editor writes them back and stores them with LF.</summary>
public abstract class EditorLineBreakTestsOn<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : NewsroomFactory
{
    [Theory]
    [InlineData("Preview")]
    [InlineData("Publish")]
    public async Task Lines_sent_with_crlf_come_back_and_are_kept_with_lf(string handler)
    {
        var client = await factory.EditorClientAsync();
        var slug = $"line-breaks-{handler.ToLowerInvariant()}";
        var form = (await client.NewItemFormAsync(slug)).SetText("en", "Body", "A list:\r\n\r\n- one\r\n- two");

        using var response = await form.SubmitAsync(client, handler);
        var page = handler == "Preview" ? await response.Content.ReadAsStringAsync() : await client.GetStringAsync(response.Headers.Location!.OriginalString);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{handler} answered {(int)response.StatusCode}");
        Assert.DoesNotContain("&#xD;", page);
        Assert.Contains("A list:\n\n- one\n- two", new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page).QuerySelector("textarea[lang=en][name$='.Body']")!.TextContent);
    }
}
