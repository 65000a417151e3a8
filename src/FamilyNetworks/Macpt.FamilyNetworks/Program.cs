using Macpt.FamilyNetworks.Apis;
using Macpt.FamilyNetworks.Application;
using Macpt.FamilyNetworks.Infrastructure;
using Macpt.Hosting;
using Macpt.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddMacptService<FamilyNetworksDbContext>("familynetworks", typeof(Program).Assembly);
builder.Services.AddScoped<RequestIntake>();
builder.Services.AddScoped<AgreeFamilyPlan>();
builder.Services.AddScoped<RequestClosing>();
builder.Services.AddScoped<StartPreProceedings>();
builder.Services.AddScoped<PreProceedingsCensus>();
builder.Services.Configure<PreProceedingsOptions>(builder.Configuration.GetSection(PreProceedingsOptions.Section));

var app = builder.Build();

app.UseMacptService();
app.MapMeetingRequestsApi();
app.MapFamilyPlansApi();
app.MapPreProceedingsApi();

app.Run();

public partial class Program;
