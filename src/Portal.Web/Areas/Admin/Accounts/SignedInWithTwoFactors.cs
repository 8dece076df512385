using Microsoft.AspNetCore.Authorization;

namespace Portal.Web.Areas.Admin.Accounts;

/// <summary>
/// The newsroom's requirement that an account which must use two factors signed in with them. A page marked
/// <see cref="AllowBeforeTwoFactorAttribute"/> (setting up the authenticator, signing out) is open before that.
/// </summary>
public sealed class SignedInWithTwoFactors : IAuthorizationRequirement;

/// <summary>Marks the few newsroom pages an editor may use before setting up the two-factor sign-in they must have.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AllowBeforeTwoFactorAttribute : Attribute;

public sealed class SignedInWithTwoFactorsHandler(TwoFactorRule rule) : AuthorizationHandler<SignedInWithTwoFactors>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SignedInWithTwoFactors requirement)
    {
        var allowedBefore = context.Resource is HttpContext http
            && http.GetEndpoint()?.Metadata.GetMetadata<AllowBeforeTwoFactorAttribute>() is not null;
        if (allowedBefore || !rule.IsRequiredFor(context.User) || TwoFactorRule.SignedInWithTwoFactors(context.User))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
