namespace NewsEvents.Api.Dashboard;

public static class DashboardSetup
{
    /// <summary>
    /// Serves the dashboard, a static page in wwwroot that calls the public query API only, at "/". Its libraries are
    /// vendored in wwwroot/vendor by tools/dashboard-assets/vendor.sh, so nothing is fetched from elsewhere.
    /// </summary>
    public static IApplicationBuilder UseDashboard(this IApplicationBuilder app) =>
        app.UseDefaultFiles().UseStaticFiles(new StaticFileOptions
        {
            // The page and its scripts change with each release; the browser asks again rather than trust a stale copy.
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-cache",
        });
}
