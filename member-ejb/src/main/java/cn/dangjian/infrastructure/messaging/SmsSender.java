package cn.dangjian.infrastructure.messaging;

import cn.dangjian.application.messaging.ChannelSender;
import cn.dangjian.domain.messaging.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * SMS through the provider chosen in the server's configuration: Aliyun's SendSms (V3 signature, up
 * to 1,000 numbers a call, one answer for the call) or Tencent Cloud's SendSms (TC3 signature, up
 * to 200 numbers, an answer per number), with the template and signature the provider approved; the
 * message's text is the template's one parameter. {@code dangjian.messages.gateway} points every
 * channel at another address (a local stub for tests and demos).
 */
@ApplicationScoped
public class SmsSender implements ChannelSender {
  @Inject ProviderSettings settings;

  @Inject
  @ConfigProperty(name = "dangjian.sms.provider", defaultValue = "off")
  String provider;

  @Inject
  @ConfigProperty(name = "dangjian.sms.keyId")
  Optional<String> keyId;

  @Inject
  @ConfigProperty(name = "dangjian.sms.keySecret")
  Optional<String> keySecret;

  @Inject
  @ConfigProperty(name = "dangjian.sms.signName")
  Optional<String> signName;

  @Inject
  @ConfigProperty(name = "dangjian.sms.template")
  Optional<String> template;

  /** Tencent's SmsSdkAppId. */
  @Inject
  @ConfigProperty(name = "dangjian.sms.appId")
  Optional<String> appId;

  @Inject
  @ConfigProperty(name = "dangjian.sms.region", defaultValue = "ap-guangzhou")
  String region;

  /**
   * Calls a second this server makes at most (the provider's limit for the account divided by the
   * servers sharing it); each call carries up to a batch of numbers.
   */
  @Inject
  @ConfigProperty(name = "dangjian.sms.callsPerSecond", defaultValue = "20")
  double callsPerSecond;

  /** The provider's limit of messages a day to one number (Aliyun's default for a template). */
  @Inject
  @ConfigProperty(name = "dangjian.sms.perNumberDaily", defaultValue = "50")
  int perNumberDaily;

  private long nextCall;

  @Override
  public Channel channel() {
    return Channel.SMS;
  }

  @Override
  public boolean configured() {
    return (aliyun() || tencent())
        && keyId.filter(s -> !s.isBlank()).isPresent()
        && settings.secret("sms.keySecret", keySecret).isPresent()
        && template.filter(s -> !s.isBlank()).isPresent();
  }

  private boolean aliyun() {
    return "aliyun".equalsIgnoreCase(provider.strip());
  }

  private boolean tencent() {
    return "tencent".equalsIgnoreCase(provider.strip());
  }

  @Override
  public int batchSize() {
    return aliyun() ? 1000 : 200;
  }

  @Override
  public int perAddressPerDay() {
    return perNumberDaily;
  }

  @Override
  public List<Outcome> send(String text, List<String> phones, String reference) {
    ProviderCall.Answer answer =
        ProviderCall.send(
            () -> aliyun() ? aliyunRequest(text, phones, reference) : tencentRequest(text, phones),
            settings.retryPause(),
            this::pace);
    if (answer.failure() != null) {
      return ProviderCall.all(phones, answer.failure());
    }
    return aliyun()
        ? aliyunOutcomes(answer.response(), phones)
        : tencentOutcomes(answer.response(), phones);
  }

  /** Waits for this server's next slot under {@code callsPerSecond}. */
  private void pace() throws InterruptedException {
    long wait;
    synchronized (this) {
      long now = System.nanoTime();
      long slot = Math.max(now, nextCall);
      nextCall = slot + (long) (1_000_000_000L / callsPerSecond);
      wait = slot - now;
    }
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }

  private HttpRequest aliyunRequest(String text, List<String> phones, String reference) {
    Map<String, String> query = new HashMap<>();
    query.put("PhoneNumbers", String.join(",", phones));
    query.put("SignName", signName.orElse(""));
    query.put("TemplateCode", template.orElseThrow());
    query.put("TemplateParam", Json.createObjectBuilder().add("text", text).build().toString());
    query.put("OutId", reference);
    return aliyunCall("SendSms", query);
  }

  /** A signed call of Aliyun's SMS API (version 2017-05-25), its parameters in the query. */
  private HttpRequest aliyunCall(String action, Map<String, String> query) {
    URI base = settings.endpoint("https://dysmsapi.aliyuncs.com");
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("host", ProviderCall.host(base));
    headers.put("x-acs-action", action);
    headers.put("x-acs-version", "2017-05-25");
    headers.put("x-acs-date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    headers.put("x-acs-signature-nonce", UUID.randomUUID().toString().replace("-", ""));
    headers.put("x-acs-content-sha256", Hmac.sha256Hex(""));
    String authorization =
        AliyunSignature.authorization(
            keyId.orElseThrow(),
            settings.secret("sms.keySecret", keySecret).orElseThrow(),
            "POST",
            "/",
            query,
            headers);
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + "/?" + AliyunSignature.canonicalQuery(query)))
            .timeout(Duration.ofSeconds(15))
            .POST(HttpRequest.BodyPublishers.noBody())
            .header("Authorization", authorization);
    headers.forEach(
        (k, v) -> {
          if (!"host".equals(k)) {
            b.header(k, v);
          }
        });
    return b.build();
  }

  /**
   * Aliyun's QuerySendDetails for the number on the day of the call: a record carrying the call's
   * OutId means it went out. Tencent's records are not asked (empty: it cannot tell here).
   */
  @Override
  public Optional<Boolean> received(String phone, String reference, Instant at) {
    if (!aliyun()) {
      return Optional.empty();
    }
    Map<String, String> query = new HashMap<>();
    query.put("PhoneNumber", phone);
    query.put(
        "SendDate",
        at.atZone(java.time.ZoneId.of("Asia/Shanghai"))
            .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
    query.put("PageSize", "50");
    query.put("CurrentPage", "1");
    try {
      pace();
      HttpResponse<String> r =
          ProviderCall.HTTP.send(
              aliyunCall("QuerySendDetails", query), HttpResponse.BodyHandlers.ofString());
      JsonObject body = ProviderCall.json(r.body());
      if (r.statusCode() != 200 || !"OK".equalsIgnoreCase(body.getString("Code", ""))) {
        return Optional.empty();
      }
      JsonObject details = body.getJsonObject("SmsSendDetailDTOs");
      if (details == null || details.getJsonArray("SmsSendDetailDTO") == null) {
        return Optional.of(false);
      }
      return Optional.of(
          details.getJsonArray("SmsSendDetailDTO").stream()
              .map(JsonValue::asJsonObject)
              .anyMatch(d -> reference.equals(d.getString("OutId", ""))));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** One answer for the whole call: OK, throttled (later), or refused with the provider's code. */
  private static List<Outcome> aliyunOutcomes(HttpResponse<String> r, List<String> phones) {
    JsonObject body = ProviderCall.json(r.body());
    String code = body.getString("Code", "HTTP " + r.statusCode());
    String message = body.getString("Message", "");
    if ("OK".equalsIgnoreCase(code)) {
      return ProviderCall.all(phones, Outcome.sent(body.getString("BizId", "")));
    }
    String answer = code + (message.isEmpty() ? "" : ": " + message);
    return ProviderCall.all(
        phones,
        code.startsWith("Throttling")
                || code.equals("isv.BUSINESS_LIMIT_CONTROL")
                || code.equals("isv.DAY_LIMIT_CONTROL")
            ? Outcome.later(answer)
            : Outcome.refused(answer));
  }

  private HttpRequest tencentRequest(String text, List<String> phones) {
    URI base = settings.endpoint("https://sms.tencentcloudapi.com");
    JsonArrayBuilder numbers = Json.createArrayBuilder();
    phones.forEach(p -> numbers.add(e164(p)));
    String payload =
        Json.createObjectBuilder()
            .add("PhoneNumberSet", numbers)
            .add("SmsSdkAppId", appId.orElse(""))
            .add("SignName", signName.orElse(""))
            .add("TemplateId", template.orElseThrow())
            .add("TemplateParamSet", Json.createArrayBuilder().add(text))
            .build()
            .toString();
    long now = Instant.now().getEpochSecond();
    return HttpRequest.newBuilder(URI.create(base + "/"))
        .timeout(Duration.ofSeconds(15))
        .POST(HttpRequest.BodyPublishers.ofString(payload))
        .header("Content-Type", TencentSignature.CONTENT_TYPE)
        .header("X-TC-Action", "SendSms")
        .header("X-TC-Version", "2021-01-11")
        .header("X-TC-Region", region)
        .header("X-TC-Timestamp", Long.toString(now))
        .header(
            "Authorization",
            TencentSignature.authorization(
                keyId.orElseThrow(),
                settings.secret("sms.keySecret", keySecret).orElseThrow(),
                "sms",
                ProviderCall.host(base),
                now,
                payload))
        .build();
  }

  /** An answer per number; an error for the call applies to all of them. */
  private static List<Outcome> tencentOutcomes(HttpResponse<String> r, List<String> phones) {
    JsonObject response = ProviderCall.json(r.body()).getJsonObject("Response");
    if (response == null) {
      return ProviderCall.all(phones, Outcome.later("HTTP " + r.statusCode()));
    }
    JsonObject error = response.getJsonObject("Error");
    if (error != null) {
      String code = error.getString("Code", "");
      String answer = code + ": " + error.getString("Message", "");
      return ProviderCall.all(
          phones,
          code.startsWith("RequestLimitExceeded") || code.startsWith("InternalError")
              ? Outcome.later(answer)
              : Outcome.refused(answer));
    }
    Map<String, Outcome> byNumber = new HashMap<>();
    for (JsonValue v : response.getJsonArray("SendStatusSet")) {
      JsonObject s = v.asJsonObject();
      String code = s.getString("Code", "");
      byNumber.put(
          s.getString("PhoneNumber", ""),
          "Ok".equalsIgnoreCase(code)
              ? Outcome.sent(s.getString("SerialNo", ""))
              : Outcome.refused(code + ": " + s.getString("Message", "")));
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (String p : phones) {
      // a number the answer does not mention may have gone out: never sent again by itself
      outcomes.add(byNumber.getOrDefault(e164(p), Outcome.unknown("no answer for the number")));
    }
    return outcomes;
  }

  /** Mainland numbers as E.164, as Tencent wants them. */
  static String e164(String phone) {
    String digits = phone.replaceAll("[^0-9+]", "");
    return digits.startsWith("+") ? digits : "+86" + digits;
  }
}
