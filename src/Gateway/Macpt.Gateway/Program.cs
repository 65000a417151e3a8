using Macpt.Gateway;
using Macpt.Gateway.Access;
using Macpt.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.Services.AddOptions<CallerOptions>().BindConfiguration(CallerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddSingleton<CallerDirectory>();
builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestLineSize = UriLengthLimit.RequestLineBytes);
builder.Services.AddReverseProxy()
    .LoadFromMemory(ServiceRoutes.Routes, ServiceRoutes.Clusters)
    .AddTransforms(CallerHeaders.Apply)
    .AddServiceDiscoveryDestinationResolver();

var app = builder.Build();

app.UseServiceDefaults();
app.UseMiddleware<UriLengthLimit>();
app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseMiddleware<CallerGate>());
app.MapReverseProxy();
app.MapFallback(UnknownRoute.Answer);

app.Run();

public partial class Program;
