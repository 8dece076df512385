using System.Net;
using Portal.BrowserTests.Infrastructure;
using Portal.Tests.Admin;
using Portal.Tests.Infrastructure;
using Portal.Web.Localization;

namespace Portal.BrowserTests.Reading;

/// <summary>Every page is valid HTML: each public page type in each language and the newsroom's pages, as the server sends them.</summary>
public sealed class HtmlValidityTests(NewsroomFactory app) : IClassFixture<NewsroomFactory>
{
    /// <summary>Checked with the pages, so that a checker that reports nothing at all cannot pass.</summary>
    private const string BrokenOnPurpose = "broken-on-purpose.html";

    [HtmlCheckFact]
    public async Task The_Nu_Html_Checker_finds_no_error_on_any_page_type_in_any_language_nor_in_the_newsroom()
    {
        var folder = Directory.CreateDirectory(Path.Combine(app.Folder, "html")).FullName;
        var files = new List<string>();
        async Task SaveAsync(string name, HttpResponseMessage response, HttpStatusCode expected)
        {
            Assert.True(response.StatusCode == expected, $"{name}: {(int)response.StatusCode} instead of {(int)expected}");
            var file = Path.Combine(folder, name + ".html");
            await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
            files.Add(file);
        }

        var reader = await app.ReadyClientAsync();
        foreach (var language in Languages.All)
        {
            foreach (var pageType in PageTypes.All.Keys)
            {
                await SaveAsync($"{language}-{pageType.Replace(' ', '-')}", await reader.GetAsync(PageTypes.Url(pageType, language)),
                    pageType == "not found" ? HttpStatusCode.NotFound : HttpStatusCode.OK);
            }
        }

        await SaveAsync("admin-sign-in", await reader.GetAsync("/admin/login"), HttpStatusCode.OK);
        var editor = await app.EditorClientAsync();
        await SaveAsync("admin-news-list", await editor.GetAsync("/admin"), HttpStatusCode.OK);
        await SaveAsync("admin-editor-new", await editor.GetAsync("/admin/news/new"), HttpStatusCode.OK);
        var invalid = await editor.NewItemFormAsync("Not A Slug");
        invalid.SetText("en", "Title", new string('x', 201));
        await SaveAsync("admin-editor-with-errors", await invalid.SubmitAsync(editor, "Publish"), HttpStatusCode.OK);
        var preview = await editor.NewItemFormAsync("html-preview");
        preview.SetText("en", "Body", "Some **bold**, a [link](https://example.org/) and a list:\n\n- one\n- two\n");
        await SaveAsync("admin-editor-with-preview", await preview.SubmitAsync(editor, "Preview"), HttpStatusCode.OK);

        var broken = Path.Combine(folder, BrokenOnPurpose);
        await File.WriteAllTextAsync(broken, "<!DOCTYPE html>\n<html lang=\"en\"><title>x</title>\n<p><div>a div in a paragraph</div></p>\n");
        files.Add(broken);

        var errors = await NuHtmlChecker.CheckAsync(files);

        Assert.Contains(errors, error => error.File == BrokenOnPurpose && error.Line == 3);
        var real = errors.Where(error => error.File != BrokenOnPurpose).ToList();
        Assert.True(real.Count == 0, $"{real.Count} HTML errors:{Environment.NewLine}{string.Join(Environment.NewLine, real)}");
    }
}
