using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Portal.Web.Areas.Admin.Pages;

/// <summary>Sign-in with e-mail and password; five wrong passwords from one client block that client for that account for 15 minutes.</summary>
[EnableRateLimiting(AdminSetup.SignInRateLimit)]
public sealed class LoginModel(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, SignInGuard guard,
    IStringLocalizer<AdminResource> text, ILogger<LoginModel> logger)
    : NewsroomPageModel(text)
{
    public override string Title => Text["Login.Title"];

    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email.Trim();
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (guard.IsBlocked(email, client))
        {
            logger.LogWarning("Sign-in refused for {Editor} from {Client}: too many wrong passwords from there", email, client);
            ModelState.AddModelError("", Text["Login.Failed"]);
            return Page();
        }

        if (await users.FindByEmailAsync(email) is not { } user)
        {
            guard.CheckWithoutAccount(Input.Password);
        }
        else if ((await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: false)).Succeeded)
        {
            guard.RecordSuccess(email, client);
            logger.LogInformation("{Editor} signed in from {Client}", email, client);
            return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Index");
        }

        // The same answer whether the account exists, the password is wrong or the account is locked: nothing to enumerate.
        guard.RecordFailure(email, client);
        logger.LogWarning("Sign-in failed for {Editor} from {Client}", email, client);
        ModelState.AddModelError("", Text["Login.Failed"]);
        return Page();
    }

    public sealed class SignInInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [Display(Name = "Login.Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "Login.Password")]
        public string Password { get; set; } = "";
    }
}
