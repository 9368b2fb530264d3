/**
 * The names of the AWS Regions eksize has prices for, in English and Korean, as of 2026-12-06, so a
 * region is chosen by name and code: "Asia Pacific (Seoul), ap-northeast-2", "아시아 태평양(서울),
 * ap-northeast-2". Words only: they stay out of the core, and a region without a name here shows its
 * code alone.
 *
 * Sources:
 * - English: the region descriptions of the AWS SDK for JavaScript v3 (`@aws-sdk/core` 3.981.2,
 *   `dist-es/submodules/client/util-endpoints/lib/aws/partitions.js`, Apache-2.0), the names the
 *   AWS Management Console shows.
 * - Korean: the AWS Management Console and the AWS documentation in Korean
 *   (docs.aws.amazon.com/ko_kr, "리전 및 영역"), which write the name and the city in brackets
 *   without a space: "아시아 태평양(서울)".
 */
import type { Locale } from "./i18n/locale.js";

/** Each region's name in English and in Korean, by code. */
export const REGION_NAMES: Readonly<Record<string, readonly [en: string, ko: string]>> = {
  "af-south-1": ["Africa (Cape Town)", "아프리카(케이프타운)"],
  "ap-east-1": ["Asia Pacific (Hong Kong)", "아시아 태평양(홍콩)"],
  "ap-east-2": ["Asia Pacific (Taipei)", "아시아 태평양(타이베이)"],
  "ap-northeast-1": ["Asia Pacific (Tokyo)", "아시아 태평양(도쿄)"],
  "ap-northeast-2": ["Asia Pacific (Seoul)", "아시아 태평양(서울)"],
  "ap-northeast-3": ["Asia Pacific (Osaka)", "아시아 태평양(오사카)"],
  "ap-south-1": ["Asia Pacific (Mumbai)", "아시아 태평양(뭄바이)"],
  "ap-south-2": ["Asia Pacific (Hyderabad)", "아시아 태평양(하이데라바드)"],
  "ap-southeast-1": ["Asia Pacific (Singapore)", "아시아 태평양(싱가포르)"],
  "ap-southeast-2": ["Asia Pacific (Sydney)", "아시아 태평양(시드니)"],
  "ap-southeast-3": ["Asia Pacific (Jakarta)", "아시아 태평양(자카르타)"],
  "ap-southeast-4": ["Asia Pacific (Melbourne)", "아시아 태평양(멜버른)"],
  "ap-southeast-5": ["Asia Pacific (Malaysia)", "아시아 태평양(말레이시아)"],
  "ap-southeast-6": ["Asia Pacific (New Zealand)", "아시아 태평양(뉴질랜드)"],
  "ap-southeast-7": ["Asia Pacific (Thailand)", "아시아 태평양(태국)"],
  "ca-central-1": ["Canada (Central)", "캐나다(중부)"],
  "ca-west-1": ["Canada West (Calgary)", "캐나다 서부(캘거리)"],
  "eu-central-1": ["Europe (Frankfurt)", "유럽(프랑크푸르트)"],
  "eu-central-2": ["Europe (Zurich)", "유럽(취리히)"],
  "eu-north-1": ["Europe (Stockholm)", "유럽(스톡홀름)"],
  "eu-south-1": ["Europe (Milan)", "유럽(밀라노)"],
  "eu-south-2": ["Europe (Spain)", "유럽(스페인)"],
  "eu-west-1": ["Europe (Ireland)", "유럽(아일랜드)"],
  "eu-west-2": ["Europe (London)", "유럽(런던)"],
  "eu-west-3": ["Europe (Paris)", "유럽(파리)"],
  "il-central-1": ["Israel (Tel Aviv)", "이스라엘(텔아비브)"],
  "me-central-1": ["Middle East (UAE)", "중동(UAE)"],
  "me-south-1": ["Middle East (Bahrain)", "중동(바레인)"],
  "mx-central-1": ["Mexico (Central)", "멕시코(중부)"],
  "sa-east-1": ["South America (Sao Paulo)", "남아메리카(상파울루)"],
  "us-east-1": ["US East (N. Virginia)", "미국 동부(버지니아 북부)"],
  "us-east-2": ["US East (Ohio)", "미국 동부(오하이오)"],
  "us-gov-east-1": ["AWS GovCloud (US-East)", "AWS GovCloud(미국 동부)"],
  "us-gov-west-1": ["AWS GovCloud (US-West)", "AWS GovCloud(미국 서부)"],
  "us-west-1": ["US West (N. California)", "미국 서부(캘리포니아 북부)"],
  "us-west-2": ["US West (Oregon)", "미국 서부(오레곤)"],
};

/**
 * A region as a choice: its name in `locale` and its code, or the code alone when it has no name here.
 *
 * @example regionLabel("en", "ap-northeast-2") // "Asia Pacific (Seoul), ap-northeast-2"
 * @example regionLabel("ko", "ap-northeast-2") // "아시아 태평양(서울), ap-northeast-2"
 */
export function regionLabel(locale: Locale, code: string): string {
  const names = REGION_NAMES[code];
  return names === undefined ? code : `${names[locale === "ko" ? 1 : 0]}, ${code}`;
}
