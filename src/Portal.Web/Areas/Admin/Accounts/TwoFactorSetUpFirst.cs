using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Portal.Web.Areas.Admin.Accounts;

/// <summary>
/// An editor refused only for lack of a second factor is taken to its set-up (or, if it is set up, to sign in with it)
/// instead of "access refused": the one thing such an account can do in the newsroom.
/// </summary>
public sealed class TwoFactorSetUpFirst : IAuthorizationMiddlewareResultHandler
{
    public const string SetUpPath = AdminSetup.PathPrefix + "/account/two-factor";

    private readonly AuthorizationMiddlewareResultHandler framework = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Forbidden && result.AuthorizationFailure?.FailedRequirements is { } failed
            && failed.Any() && failed.All(requirement => requirement is SignedInWithTwoFactors))
        {
            context.Response.Redirect(context.Request.PathBase + SetUpPath);
            return Task.CompletedTask;
        }

        return framework.HandleAsync(next, context, policy, result);
    }
}
