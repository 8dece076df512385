using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Portal.Web.Areas.Admin.Pages;

/// <summary>Sign-in with e-mail and password; five wrong passwords in a row lock the account for 15 minutes.</summary>
[EnableRateLimiting(AdminSetup.SignInRateLimit)]
public sealed class LoginModel(SignInManager<IdentityUser> signIn, IStringLocalizer<AdminResource> text, ILogger<LoginModel> logger)
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

        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("{Editor} signed in", Input.Email);
            return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Index");
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused for {Editor}: the account is locked", Input.Email);
            ModelState.AddModelError("", Text["Login.LockedOut"]);
        }
        else
        {
            logger.LogWarning("Sign-in failed for {Editor}", Input.Email);
            ModelState.AddModelError("", Text["Login.Failed"]);
        }

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
