using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using Rcm.Core.Eligibility;

namespace Rcm.Payers.RealTime;

/// <summary>
/// Real-time X12 over HTTP: POSTs the interchange as <c>application/edi-x12</c> to the payer's or clearinghouse's
/// URL and returns the body. Transient failures (timeouts, 5xx, 429, dropped connections) are retried with
/// exponential back-off and jitter (Polly); when every attempt fails the caller gets a
/// <see cref="PayerUnreachableException"/>, never a guess.
/// </summary>
public sealed class X12HttpPayerConnection : IPayerConnection
{
    private static readonly MediaTypeHeaderValue EdiX12 = new("application/edi-x12");
    private readonly HttpClient _http;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public X12HttpPayerConnection(HttpClient http, RealTimeOptions? options = null, TimeProvider? time = null)
    {
        _http = http;
        var o = options ?? new RealTimeOptions();
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (time is not null) builder.TimeProvider = time;
        _pipeline = builder
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(0, o.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = o.BaseDelay,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(r => IsTransient(r.StatusCode)),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            })
            .AddTimeout(o.AttemptTimeout)
            .Build();
    }

    public async Task<byte[]> ExchangeAsync(PayerEndpoint endpoint, ReadOnlyMemory<byte> request, CancellationToken ct)
    {
        HttpResponseMessage response;
        try
        {
            response = await _pipeline.ExecuteAsync(async token =>
            {
                using var message = new HttpRequestMessage(HttpMethod.Post, endpoint.Url) { Content = new ReadOnlyMemoryContent(request) };
                message.Content.Headers.ContentType = EdiX12;
                return await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, token);
            }, ct);
        }
        catch (TimeoutRejectedException e)
        {
            throw new PayerUnreachableException("the payer did not answer in time", isTransient: true, e);
        }
        catch (HttpRequestException e)
        {
            throw new PayerUnreachableException("the connection to the payer failed", isTransient: true, e);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                bool transient = IsTransient(response.StatusCode);
                throw new PayerUnreachableException($"the payer answered HTTP {(int)response.StatusCode}", transient);
            }

            return await response.Content.ReadAsByteArrayAsync(ct);
        }
    }

    private static bool IsTransient(HttpStatusCode code) => code is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)code >= 500;
}
