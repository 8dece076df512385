using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin.Accounts;

/// <summary>An administrator signed in with two factors, and what it does on the account pages.</summary>
public sealed record AdminClient(HttpClient Client, string Email)
{
    public static async Task<AdminClient> SignInAsync(NewsroomFactory factory)
    {
        var email = await factory.CreateEditorAsync("Admin");
        var client = await factory.ReadyClientAsync();
        (await client.SignInAsync(email, NewsroomFactory.Password)).Dispose();
        await Authenticator.SetUpAsync(client);
        return new AdminClient(client, email);
    }

    public static async Task<string> IdOfAsync(NewsroomFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(email))!.Id;
    }

    /// <summary>Presses one of the buttons of an account's page; the page that answers.</summary>
    public async Task<IHtmlDocument> ChangeAsync(string accountId, string handler, string? role = null)
    {
        var page = await Client.GetDocumentAsync($"/admin/accounts/{accountId}");
        var form = HtmlForm.Read(page, $"main form[action$='handler={handler}']");
        if (role is not null)
        {
            form.Set("Input.Role", role);
        }

        using var response = await form.SubmitAsync(Client);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{handler} answered {(int)response.StatusCode}");
        return await response.ReadDocumentAsync();
    }

    /// <summary>Adds an account on the newsroom's page; the set-up link it shows once.</summary>
    public async Task<string> AddAccountAsync(string email, string role)
    {
        var form = HtmlForm.Read(await Client.GetDocumentAsync("/admin/accounts/new"));
        using var response = await form.Set("Input.Email", email).Set("Input.Role", role).SubmitAsync(Client);
        var page = await response.ReadDocumentAsync();
        return page.QuerySelector("code.set-up-link")?.TextContent
            ?? throw new InvalidOperationException("no set-up link: " + page.QuerySelector(".error-summary")?.TextContent);
    }
}
