using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Portal.Web.Areas.Admin.Accounts;
using Portal.Web.Areas.Admin.Audit;
using Portal.Web.Data;

namespace Portal.Web.Areas.Admin.Pages;

/// <summary>
/// A new account's one-time set-up link (made by an administrator, valid 24 hours): its owner chooses a password, then
/// signs in (and sets up two-factor sign-in where it is required). A used, replaced or expired link is refused.
/// </summary>
[EnableRateLimiting(AdminSetup.SignInRateLimit)]
public sealed class SetUpModel(SetUpLinks links, UserManager<IdentityUser> users, AuditTrail audit,
    IStringLocalizer<AdminResource> text, ILogger<SetUpModel> logger)
    : NewsroomPageModel(text)
{
    public override string Title => Text["SetUp.Title"];

    [FromRoute]
    public string Id { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public string? Email { get; private set; }
    public bool Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await links.FindAsync(Id, Code) is { } user ? Show(user) : Refuse();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await links.FindAsync(Id, Code) is not { } user)
        {
            return Refuse();
        }

        if (!ModelState.IsValid)
        {
            return Show(user);
        }

        var result = await users.AddPasswordAsync(user, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(Input) + "." + nameof(Input.NewPassword), error.Description);
            }

            return Show(user);
        }

        logger.LogInformation("{Editor} set up their account", user.Email);
        await audit.RecordAsync(AuditAction.AccountSetUp, user.Email);
        return RedirectToPage("/Login", new { setUp = true });
    }

    private PageResult Show(IdentityUser user)
    {
        Email = user.Email;
        return Page();
    }

    private PageResult Refuse()
    {
        Refused = true;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
