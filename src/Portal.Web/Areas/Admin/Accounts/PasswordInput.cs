using System.ComponentModel.DataAnnotations;

namespace Portal.Web.Areas.Admin.Accounts;

/// <summary>A new password, typed twice.</summary>
public class PasswordInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [DataType(DataType.Password)]
    [MaxLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Password.New")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [DataType(DataType.Password)]
    [Compare(nameof(NewPassword), ErrorMessage = "Validation.PasswordsDiffer")]
    [Display(Name = "Password.Confirm")]
    public string ConfirmPassword { get; set; } = "";
}
