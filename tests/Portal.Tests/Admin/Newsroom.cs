using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>The app with its newsroom: editors' accounts, signing in, and the editor's form.</summary>
public class NewsroomFactory : PortalFactory
{
    public const string Password = "Correct-Horse-77";

    public NewsroomFactory() : base(TestPaths.FixtureContent)
    {
    }

    /// <param name="databasePath">An existing database to start on (a restart); by default a new one in the scratch folder.</param>
    protected NewsroomFactory(string contentPath, string? databasePath = null) : base(contentPath, databasePath)
    {
    }

    protected virtual int SignInAttemptsPerMinute => 1000;

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Admin:SignInAttemptsPerMinute", SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Creates an account straight in the app's database (the command line is tested on its own).</summary>
    public async Task<string> CreateEditorAsync(string? role = "Editor")
    {
        await ReadyClientAsync();
        return await AddAccountAsync(role);
    }

    /// <summary>Creates an account in the database of an app already started (on Kestrel, say, where the test client is not).</summary>
    public async Task<string> AddAccountAsync(string? role = "Editor")
    {
        var email = $"editor-{Guid.NewGuid():N}@example.org";
        await using var scope = Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (role is not null && !await roles.RoleExistsAsync(role))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        if (role is not null)
        {
            await users.AddToRoleAsync(user, role);
        }

        return email;
    }

    /// <summary>A client signed in as a new editor of its own.</summary>
    public async Task<HttpClient> EditorClientAsync()
    {
        var email = await CreateEditorAsync();
        var client = await ReadyClientAsync();
        var response = await client.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}

/// <summary>The newsroom on a PostgreSQL database of its own.</summary>
public sealed class PostgreSqlNewsroomFactory : NewsroomFactory
{
    public override Portal.Web.Infrastructure.DatabaseProvider Provider => Portal.Web.Infrastructure.DatabaseProvider.PostgreSql;
}

public static class Newsroom
{
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password)
    {
        var form = HtmlForm.Read(await client.GetDocumentAsync("/admin/login"));
        return await form.Set("Input.Email", email).Set("Input.Password", password).SubmitAsync(client);
    }

    public static async Task<HtmlForm> GetFormAsync(this HttpClient client, string url) =>
        HtmlForm.Read(await client.GetDocumentAsync(url));

    /// <summary>A new item's form, filled in every language with texts that name the slug.</summary>
    public static async Task<HtmlForm> NewItemFormAsync(this HttpClient client, string slug, string date = "2030-01-15")
    {
        var form = await client.GetFormAsync("/admin/news/new");
        form.Set("Input.Slug", slug).Set("Input.Date", date).Set("Input.Institution", "congress");
        foreach (var language in new[] { "en", "fr", "ru", "be" })
        {
            form.SetText(language, "Title", $"Title {language} {slug}")
                .SetText(language, "Summary", $"Summary {language} {slug}")
                .SetText(language, "Place", $"Place {language}")
                .SetText(language, "Body", $"Body {language} {slug}");
        }

        return form;
    }

    /// <summary>Submits and follows the redirect back to the editor; returns the item's id.</summary>
    public static async Task<int> SaveAsync(this HttpClient client, HtmlForm form, string handler = "Publish")
    {
        using var response = await form.SubmitAsync(client, handler);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"{handler} answered {(int)response.StatusCode}: {ErrorsOf(await response.ReadDocumentAsync())}");
        var location = response.Headers.Location!.OriginalString;
        return int.Parse(location.Split('/')[3]);
    }

    /// <summary>The error messages a page shows next to its fields, by field name.</summary>
    public static Dictionary<string, string> FieldErrors(this IHtmlDocument page) =>
        page.QuerySelectorAll("span[data-valmsg-for]")
            .Where(span => span.TextContent.Trim().Length > 0)
            .ToDictionary(span => span.GetAttribute("data-valmsg-for")!, span => span.TextContent.Trim());

    private static string ErrorsOf(IHtmlDocument page) =>
        string.Join("; ", page.FieldErrors().Select(e => e.Key + ": " + e.Value))
        + page.QuerySelector(".error-summary")?.TextContent;
}
