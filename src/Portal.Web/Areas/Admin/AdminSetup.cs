using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Areas.Admin.Accounts;
using Portal.Web.Areas.Admin.Audit;
using Portal.Web.Areas.Admin.News;
using Portal.Web.Data;
using Portal.Web.Infrastructure;
using Portal.Web.Localization;

namespace Portal.Web.Areas.Admin;

/// <summary>The newsroom at <c>/admin</c>: accounts, sign-in, and the rules that guard it.</summary>
public static class AdminSetup
{
    public const string NewsroomPolicy = "Newsroom";
    public const string AccountsPolicy = "Accounts";

    /// <summary>Where the newsroom's pages are (their templates start with it): no cache or compression there, only editors.</summary>
    public const string PathPrefix = "/admin";
    public const string SignInRateLimit = "sign-in";

    public static IServiceCollection AddPortalAdmin(this IServiceCollection services, IConfiguration configuration,
        IHostEnvironment environment)
    {
        services.AddOptions<AdminOptions>()
            .Bind(configuration.GetSection(AdminOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var options = configuration.GetSection(AdminOptions.Section).Get<AdminOptions>() ?? new AdminOptions();

        services.AddIdentity<IdentityUser, IdentityRole>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                // Failed passwords are counted per account and client by SignInGuard, which an outsider cannot
                // turn against an editor; a lock-out of the account itself stays for what an Admin decides.
                identity.Lockout.AllowedForNewUsers = true;
                // Wrong authenticator or recovery codes count against the account: its password is already known.
                identity.Lockout.MaxFailedAccessAttempts = SignInGuard.FailuresAllowed;
                identity.Lockout.DefaultLockoutTimeSpan = SignInGuard.BlockTime;
                identity.Password.RequiredLength = 12;
            })
            .AddEntityFrameworkStores<PortalDb>()
            .AddUserStore<HashedRecoveryCodesStore>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorCodes>(TokenOptions.DefaultAuthenticatorProvider);
        services.Configure<DataProtectionTokenProviderOptions>(tokens => tokens.TokenLifespan = SetUpLinks.Lifetime);

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "portal-admin";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // Sent to the newsroom only: public pages stay cookie-free and cacheable.
            cookie.Cookie.Path = PathPrefix;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.LoginPath = PathPrefix + "/login";
            cookie.LogoutPath = PathPrefix + "/logout";
            cookie.AccessDeniedPath = PathPrefix + "/denied";
            // Relative redirects: an absolute one would be built from whatever Host the client sent.
            cookie.Events.OnRedirectToLogin = context => RedirectWithin(context, context.Options.LoginPath);
            cookie.Events.OnRedirectToAccessDenied = context => RedirectWithin(context, context.Options.AccessDeniedPath);
        });
        // The two-factor step's cookies too are the newsroom's only, never sent with a public page.
        foreach (var scheme in new[] { IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme })
        {
            services.Configure<CookieAuthenticationOptions>(scheme, cookie =>
            {
                cookie.Cookie.Path = PathPrefix;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            });
        }

        // A signed-out or changed account's old cookie stops working at its next request, not when it expires.
        services.Configure<SecurityStampValidatorOptions>(stamp =>
        {
            stamp.ValidationInterval = TimeSpan.Zero;
            // The principal is made again from the database at each check; how the editor signed in is not in the database.
            stamp.OnRefreshingPrincipal = refresh =>
            {
                if (refresh.CurrentPrincipal is { } current && TwoFactorRule.SignedInWithTwoFactors(current)
                    && refresh.NewPrincipal?.Identities.FirstOrDefault() is { } identity)
                {
                    identity.AddClaim(TwoFactorRule.MultiFactorClaim);
                }

                return Task.CompletedTask;
            };
        });
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddMemoryCache();
        services.AddScoped<SignInGuard>();

        var dataProtection = services.AddDataProtection().SetApplicationName("Portal");
        // On PostgreSQL the app may run on several machines: a cookie or form made by one must be valid on the others.
        if (DatabaseOptions.ParseProvider(configuration[DatabaseOptions.ProviderKey]) == DatabaseProvider.PostgreSql)
        {
            dataProtection.PersistKeysToDbContext<PortalDb>();
        }
        else
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.GetFullPath(options.KeysPath, environment.ContentRootPath)));
        }

        services.AddLocalization(localization => localization.ResourcesPath = LocalizationSetup.ResourcesPath);
        services.AddHttpContextAccessor();
        services.AddScoped<AuditTrail>();
        services.AddScoped<AccountChanges>();
        services.AddScoped<SetUpLinks>();
        services.AddSingleton<TwoFactorRule>();
        services.AddSingleton<IAuthorizationHandler, SignedInWithTwoFactorsHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, TwoFactorSetUpFirst>();
        services.AddAuthorizationBuilder()
            .AddPolicy(NewsroomPolicy, policy => policy.RequireRole(Roles.Editor, Roles.Admin)
                .AddRequirements(new SignedInWithTwoFactors()))
            .AddPolicy(AccountsPolicy, policy => policy.RequireRole(Roles.Admin).AddRequirements(new SignedInWithTwoFactors()));
        // After AddRazorPages' own setup, which replaces the convention collection.
        services.PostConfigure<RazorPagesOptions>(pages =>
        {
            pages.Conventions.AuthorizeAreaFolder("Admin", "/", NewsroomPolicy);
            pages.Conventions.AuthorizeAreaFolder("Admin", "/Accounts", AccountsPolicy);
            pages.Conventions.AuthorizeAreaFolder("Admin", "/Audit", AccountsPolicy);
            foreach (var page in new[] { "/Login", "/LoginCode", "/LoginRecovery", "/SetUp", "/Denied" })
            {
                pages.Conventions.AllowAnonymousToAreaPage("Admin", page);
            }

            // The editor also writes new items; links with an id go to the item's own address, which comes first.
            pages.Conventions.AddAreaPageRouteModelConvention("Admin", "/News/Edit", page => page.Selectors.Add(new SelectorModel
            {
                AttributeRouteModel = new AttributeRouteModel { Template = "/admin/news/new", Order = 1 },
            }));
        });
        // The admin's validation messages come from its own strings, in the editor's language.
        services.PostConfigure<MvcDataAnnotationsLocalizationOptions>(localization =>
            localization.DataAnnotationLocalizerProvider = (type, factory) =>
                factory.Create(type.Namespace?.StartsWith(typeof(AdminSetup).Namespace!, StringComparison.Ordinal) == true
                    ? typeof(AdminResource)
                    : type));

        services.AddScoped<NewsFormRules>();
        services.AddScoped<NewsWriter>();
        services.AddScoped<Translations.TranslationQueue>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            // Only the POST that checks a password counts; showing the form is free.
            limiter.AddPolicy(SignInRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = options.SignInAttemptsPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    })
                : RateLimitPartition.GetNoLimiter("form"));
        });

        return services;
    }

    private static Task RedirectWithin(RedirectContext<CookieAuthenticationOptions> context, PathString to)
    {
        var request = context.Request;
        var returnUrl = request.PathBase + request.Path + request.QueryString;
        context.Response.Redirect(request.PathBase + to + QueryString.Create(context.Options.ReturnUrlParameter, returnUrl));
        return Task.CompletedTask;
    }

    /// <summary>After routing: who is signed in, what they may do, and how often they may try a password.</summary>
    public static IApplicationBuilder UsePortalAdmin(this IApplicationBuilder app) =>
        app.UseRateLimiter().UseAuthentication().UseAuthorization();
}
