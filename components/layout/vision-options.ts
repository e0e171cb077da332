import { getTranslations } from 'next-intl/server';
import { COLOUR_SCHEMES, IMAGE_MODES, SPACINGS, TEXT_SIZES, type VisionSetting } from '@/lib/vision/settings';

type VisionOptionGroup = { setting: VisionSetting; legend: string; options: { value: string; label: string }[] };

/** The low-vision settings with their labels, in the order the bar and the settings page show them. */
export async function visionOptionGroups(): Promise<VisionOptionGroup[]> {
  const t = await getTranslations('Vision');
  return [
    { setting: 'size', legend: t('size.legend'), options: TEXT_SIZES.map((value) => ({ value, label: t(`size.${value}`) })) },
    { setting: 'scheme', legend: t('scheme.legend'), options: COLOUR_SCHEMES.map((value) => ({ value, label: t(`scheme.${value}`) })) },
    { setting: 'images', legend: t('images.legend'), options: IMAGE_MODES.map((value) => ({ value, label: t(`images.${value}`) })) },
    { setting: 'spacing', legend: t('spacing.legend'), options: SPACINGS.map((value) => ({ value, label: t(`spacing.${value}`) })) },
  ];
}
