using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Web.Areas.Admin.Accounts;
using Portal.Web.Areas.Admin.Audit;
using Portal.Web.Data;

namespace Portal.Web.Areas.Admin.Pages.Accounts;

/// <summary>
/// Adds an account with a role and no password: the page shows, once, the set-up link (valid 24 hours) with which its
/// owner chooses a password. No password is ever chosen or sent by someone else.
/// </summary>
public sealed class NewModel(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, SetUpLinks links, AuditTrail audit,
    IStringLocalizer<AdminResource> text)
    : NewsroomPageModel(text)
{
    public override string Title => Text["Accounts.Add"];

    [BindProperty]
    public NewAccountInput Input { get; set; } = new();

    public string? CreatedEmail { get; private set; }
    public string? SetUpLink { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var role = Roles.Find(Input.Role);
        if (role is null)
        {
            ModelState.AddModelError(nameof(Input) + "." + nameof(Input.Role), Text["Validation.Role"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email.Trim();
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(nameof(Input) + "." + nameof(Input.Email), error.Description);
            }

            return Page();
        }

        if (!await roles.RoleExistsAsync(role!))
        {
            await roles.CreateAsync(new IdentityRole(role!));
        }

        await users.AddToRoleAsync(user, role!);
        await audit.RecordAsync(AuditAction.AccountCreated, User.Identity!.Name, email, role);
        CreatedEmail = email;
        SetUpLink = SetUpLinks.Address(Url, Request, user.Id, await links.IssueAsync(user));
        ModelState.Clear();
        Input = new NewAccountInput();
        return Page();
    }

    public sealed class NewAccountInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [MaxLength(AuditEntry.TextLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Login.Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Accounts.Role")]
        public string Role { get; set; } = Admin.Roles.Editor;
    }
}
