using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Portal.Web.Areas.Admin;
using Portal.Web.Caching;
using Portal.Web.Cli;
using Portal.Web.Feeds;
using Portal.Web.Infrastructure;
using Portal.Web.Localization;
using Portal.Web.Search;
using Portal.Web.Seo;
using Serilog;

if (PortalCommand.IsCommand(args))
{
    return await PortalCommand.RunAsync(args, CommandConsole.Terminal);
}

var builder = WebApplication.CreateBuilder(args);

// The static assets manifest of a build (not a publish) points into obj/: without this, outside Development a
// compressed request for a stylesheet got an empty 200. A publish output has no such manifest: then a no-op.
builder.WebHost.UseStaticWebAssets();
// The server's name and version are nobody's business.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

// Serilog writes the log; it hands its events on to any other provider (a test's capture), after its own levels and filters.
// The app's own logger, not the static Log.Logger: without preserveStaticLogger every host's events go to whichever host
// was built last (a test process builds many: a PostgreSQL app's start-up errors reached another test's capture).
builder.Logging.ClearProviders();
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services), preserveStaticLogger: true, writeToProviders: true);
builder.Services.AddPortalData(builder.Configuration, builder.Environment);
builder.Services.AddPortalLocalization();
builder.Services.AddPublicAddresses();
builder.Services.AddPortalProxy(builder.Configuration);
builder.Services.AddOnionLocation(builder.Configuration);
builder.Services.AddSecurityTxt(builder.Configuration);
builder.Services.AddPortalAdmin(builder.Configuration, builder.Environment);
builder.Services.AddPortalSearch();
builder.Services.AddPortalCompression();
builder.Services.AddPublicCache(builder.Configuration);
builder.Services.AddRazorPages().AddViewLocalization();
// Cyrillic and accented letters written as themselves, not as &#x...; entities: pages half the size.
builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

var app = builder.Build();
if (!app.HasValidSettings())
{
    return 1;
}

app.WarnWithoutPublicAddress();

app.UseForwardedHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/status/500");
    app.UseHsts();
}

app.UseSecurityHeaders();
app.UseOnionLocation();
app.UsePortalRequestLogging();
app.MapHealthChecks("/healthz");
app.UseReadinessGate();
app.UseStatusCodePagesWithReExecute("/status/{0}");
app.UseAllowedMethods();
app.UseRequestLocalization();
app.UseRouting();
app.UsePublicCache();
app.UsePortalAdmin();

app.MapStaticAssets();
app.MapLanguageRedirect();
app.MapPortalFeeds();
app.MapSecurityTxt();
app.MapRazorPages().WithStaticAssets();

app.Run();
return 0;

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
