using System.Net;
using Portal.BrowserTests.Infrastructure;
using Portal.Tests.Admin;
using Portal.Tests.Admin.Accounts;
using Portal.Tests.Infrastructure;
using Portal.Web.Localization;

namespace Portal.BrowserTests.Reading;

/// <summary>Every page is valid HTML: each public page type in each language and the newsroom's pages, as the server sends them.</summary>
public sealed class HtmlValidityTests(NewsroomFactory app) : IClassFixture<NewsroomFactory>
{
    /// <summary>Checked with the pages, so that a checker that reports nothing at all cannot pass.</summary>
    private const string BrokenOnPurpose = "broken-on-purpose.html";

    [Fact]
    public async Task The_Nu_Html_Checker_finds_no_error_on_any_page_type_in_any_language_nor_in_the_newsroom()
    {
        NuHtmlChecker.SkipTestWhenMissing();
        var folder = Directory.CreateDirectory(Path.Combine(app.Folder, "html")).FullName;
        var files = new List<string>();
        async Task<string> KeepAsync(string name, HttpResponseMessage response, HttpStatusCode expected)
        {
            Assert.True(response.StatusCode == expected, $"{name}: {(int)response.StatusCode} instead of {(int)expected}");
            var file = Path.Combine(folder, name + ".html");
            var html = await response.Content.ReadAsStringAsync();
            await File.WriteAllTextAsync(file, html);
            files.Add(file);
            return html;
        }

        var reader = await app.ReadyClientAsync();
        foreach (var language in Languages.All)
        {
            foreach (var pageType in PageTypes.All.Keys)
            {
                await KeepAsync($"{language}-{pageType.Replace(' ', '-')}", await reader.GetAsync(PageTypes.Url(pageType, language)),
                    pageType == "not found" ? HttpStatusCode.NotFound : HttpStatusCode.OK);
            }
        }

        await KeepAsync("admin-sign-in", await reader.GetAsync("/admin/login"), HttpStatusCode.OK);
        var editor = await app.EditorClientAsync();
        await KeepAsync("admin-news-list", await editor.GetAsync("/admin"), HttpStatusCode.OK);
        await KeepAsync("admin-editor-new", await editor.GetAsync("/admin/news/new"), HttpStatusCode.OK);
        var invalid = await editor.NewItemFormAsync("Not A Slug");
        invalid.SetText("en", "Title", new string('x', 201));
        var withErrors = await KeepAsync("admin-editor-with-errors", await invalid.SubmitAsync(editor, "Publish"), HttpStatusCode.OK);
        Assert.Contains("class=\"error-summary\"", withErrors);
        var preview = await editor.NewItemFormAsync("html-preview");
        preview.SetText("en", "Body", "Some **bold**, a [link](https://example.org/) and a list:\n\n- one\n- two\n");
        var withPreview = await KeepAsync("admin-editor-with-preview", await preview.SubmitAsync(editor, "Preview"), HttpStatusCode.OK);
        Assert.Contains("<strong>bold</strong>", withPreview);
        var id = await editor.SaveAsync(await editor.NewItemFormAsync("html-saved"));
        var stale = await editor.GetFormAsync($"/admin/news/{id}/edit");
        await KeepAsync("admin-editor-saved", await editor.GetAsync($"/admin/news/{id}/edit?saved=published"), HttpStatusCode.OK);
        await editor.SaveAsync((await editor.GetFormAsync($"/admin/news/{id}/edit")).SetText("en", "Title", "Changed first"));
        var conflict = await KeepAsync("admin-editor-conflict", await stale.SubmitAsync(editor, "Publish"), HttpStatusCode.OK);
        Assert.Contains("Changed first", conflict);
        await KeepAsync("admin-revisions", await editor.GetAsync($"/admin/news/{id}/revisions"), HttpStatusCode.OK);
        await KeepAsync("admin-delete", await editor.GetAsync($"/admin/news/{id}/delete"), HttpStatusCode.OK);
        await KeepAccountPagesAsync(KeepAsync);
        await editor.SaveAsync((await editor.GetFormAsync($"/admin/news/{id}/edit")).SetText("en", "Body", "A changed English body."));
        var withDiff = await KeepAsync("admin-editor-english-changed", await editor.GetAsync($"/admin/news/{id}/edit"), HttpStatusCode.OK);
        Assert.Contains("<del>", withDiff);
        await KeepAsync("admin-translations", await editor.GetAsync("/admin/translations"), HttpStatusCode.OK);
        await KeepAsync("admin-translations-be", await editor.GetAsync("/admin/translations/be"), HttpStatusCode.OK);
        var sideBySide = await KeepAsync("admin-translate", await editor.GetAsync($"/admin/news/{id}/translate/be"), HttpStatusCode.OK);
        Assert.Contains("<ins>", sideBySide);

        var broken = Path.Combine(folder, BrokenOnPurpose);
        await File.WriteAllTextAsync(broken, "<!DOCTYPE html>\n<html lang=\"en\"><title>x</title>\n<p><div>in a paragraph</div></p>\n");
        files.Add(broken);

        var errors = await NuHtmlChecker.CheckAsync(files);

        Assert.Contains(errors, error => error.File == BrokenOnPurpose && error.Line == 3);
        var real = errors.Where(error => error.File != BrokenOnPurpose).ToList();
        Assert.True(real.Count == 0, $"{real.Count} HTML errors:{Environment.NewLine}{string.Join(Environment.NewLine, real)}");
    }

    /// <summary>Two-factor sign-in, the own account page, and the administrators' account and audit pages.</summary>
    private async Task KeepAccountPagesAsync(Func<string, HttpResponseMessage, HttpStatusCode, Task<string>> keepAsync)
    {
        var email = await app.CreateEditorAsync("Admin");
        var admin = await app.ReadyClientAsync();
        (await admin.SignInAsync(email, NewsroomFactory.Password)).Dispose();
        var setUp = await admin.GetAsync(Authenticator.SetUpPage);
        await keepAsync("admin-two-factor-set-up", setUp, HttpStatusCode.OK);
        var app2 = Authenticator.From(await setUp.ReadDocumentAsync());
        var enable = HtmlForm.Read(await admin.GetDocumentAsync(Authenticator.SetUpPage)).Set("Input.Code", app2.Code());
        await keepAsync("admin-two-factor-codes", await enable.SubmitAsync(admin), HttpStatusCode.OK);
        await keepAsync("admin-account", await admin.GetAsync("/admin/account"), HttpStatusCode.OK);
        await keepAsync("admin-accounts", await admin.GetAsync("/admin/accounts"), HttpStatusCode.OK);
        var added = HtmlForm.Read(await admin.GetDocumentAsync("/admin/accounts/new")).Set("Input.Email", "html-check@example.org");
        var withLink = await keepAsync("admin-account-added", await added.SubmitAsync(admin), HttpStatusCode.OK);
        var link = new Uri(System.Text.RegularExpressions.Regex.Match(withLink, "<code class=\"set-up-link\">([^<]+)</code>").Groups[1].Value
            .Replace("&amp;", "&", StringComparison.Ordinal));
        await keepAsync("admin-account-edit", await admin.GetAsync("/admin/accounts/" + link.AbsolutePath.Split('/')[^1]), HttpStatusCode.OK);
        await keepAsync("admin-audit", await admin.GetAsync("/admin/audit"), HttpStatusCode.OK);

        var stranger = await app.ReadyClientAsync();
        await keepAsync("admin-set-up-link", await stranger.GetAsync(link.PathAndQuery), HttpStatusCode.OK);
        await keepAsync("admin-set-up-link-refused", await stranger.GetAsync(link.AbsolutePath + "?code=no"), HttpStatusCode.BadRequest);
        (await stranger.SignInAsync(email, NewsroomFactory.Password)).Dispose();
        await keepAsync("admin-sign-in-code", await stranger.GetAsync("/admin/login/code"), HttpStatusCode.OK);
        await keepAsync("admin-sign-in-recovery", await stranger.GetAsync("/admin/login/recovery"), HttpStatusCode.OK);
    }
}
