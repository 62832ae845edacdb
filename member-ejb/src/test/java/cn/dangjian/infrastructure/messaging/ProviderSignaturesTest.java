package cn.dangjian.infrastructure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The providers' own documented examples, signed here to the same value. */
class ProviderSignaturesTest {
  @Test
  void aliyunV3SignsItsDocumentedRunInstancesExample() {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("RegionId", "cn-shanghai");
    query.put("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd");
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("host", "ecs.cn-shanghai.aliyuncs.com");
    headers.put("x-acs-action", "RunInstances");
    headers.put("x-acs-version", "2014-05-26");
    headers.put("x-acs-date", "2023-10-26T10:22:32Z");
    headers.put("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d");
    headers.put("x-acs-content-sha256", Hmac.sha256Hex(""));
    assertEquals(
        "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;"
            + "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
            + "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0",
        AliyunSignature.authorization(
            "YourAccessKeyId", "YourAccessKeySecret", "POST", "/", query, headers));
  }

  /**
   * DingTalk publishes the recipe but no example: the value here was computed apart, by {@code
   * printf '1577262236757\nSEC…' | openssl dgst -sha256 -hmac 'SEC…' -binary | base64}.
   */
  @Test
  void dingtalkSignsTimestampNewlineSecretAsOpensslDoes() {
    assertEquals(
        "2o8xg4pLOj+ajkGxwoQVl5EBOvqHWLu9BejZAEnvwfQ=",
        DingtalkRobotSender.sign(1577262236757L, "SEC7f3b0b5a2a5c4b5e9d3c1f2a8e6d4b2a"));
  }

  @Test
  void aliyunQueryIsEncodedAsRfc3986() {
    assertEquals(
        "PhoneNumbers=13800000001%2C13800000002&TemplateParam=%7B%22text%22%3A%22a%20b%2A~%22%7D",
        AliyunSignature.canonicalQuery(
            Map.of(
                "TemplateParam", "{\"text\":\"a b*~\"}",
                "PhoneNumbers", "13800000001,13800000002")));
  }

  @Test
  void tencentTc3SignsItsDocumentedDescribeInstancesExample() {
    String payload =
        "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\":"
            + " \"instance-name\"}]}";
    assertEquals(
        "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request,"
            + " SignedHeaders=content-type;host,"
            + " Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168",
        TencentSignature.authorization(
            "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
            "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
            "cvm",
            "cvm.tencentcloudapi.com",
            1551113065L,
            payload));
  }
}
