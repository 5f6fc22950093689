/**
 * Provinces and prefecture-level cities (with pinyin) that the synthetic generator places zones in.
 * Real names, so synthetic graphs read like the national picture; not a complete list. Cities are
 * short names ("包头"); the generator adds 市, or 区 for the districts of the four municipalities.
 */

/** One province-level region with its cities. */
export interface ProvinceSeed {
  readonly name: string;
  readonly en: string;
  readonly cities: readonly (readonly [zh: string, en: string])[];
}

const RAW = `北京市|Beijing|海淀:Haidian,昌平:Changping,大兴:Daxing,顺义:Shunyi
天津市|Tianjin|滨海:Binhai,西青:Xiqing,武清:Wuqing
上海市|Shanghai|浦东:Pudong,闵行:Minhang,嘉定:Jiading,松江:Songjiang
重庆市|Chongqing|两江:Liangjiang,璧山:Bishan,永川:Yongchuan
河北省|Hebei|石家庄:Shijiazhuang,唐山:Tangshan,保定:Baoding,邯郸:Handan,廊坊:Langfang,沧州:Cangzhou,邢台:Xingtai,承德:Chengde
山西省|Shanxi|太原:Taiyuan,大同:Datong,长治:Changzhi,晋城:Jincheng,运城:Yuncheng,晋中:Jinzhong
内蒙古自治区|Inner Mongolia|呼和浩特:Hohhot,包头:Baotou,鄂尔多斯:Ordos,赤峰:Chifeng,通辽:Tongliao,乌海:Wuhai
辽宁省|Liaoning|沈阳:Shenyang,大连:Dalian,鞍山:Anshan,营口:Yingkou,锦州:Jinzhou,本溪:Benxi,阜新:Fuxin
吉林省|Jilin|长春:Changchun,吉林:Jilin,通化:Tonghua,延吉:Yanji,四平:Siping
黑龙江省|Heilongjiang|哈尔滨:Harbin,大庆:Daqing,齐齐哈尔:Qiqihar,牡丹江:Mudanjiang,佳木斯:Jiamusi
江苏省|Jiangsu|南京:Nanjing,苏州:Suzhou,无锡:Wuxi,常州:Changzhou,南通:Nantong,徐州:Xuzhou,扬州:Yangzhou,镇江:Zhenjiang,泰州:Taizhou,盐城:Yancheng,连云港:Lianyungang,淮安:Huai'an,宿迁:Suqian
浙江省|Zhejiang|杭州:Hangzhou,宁波:Ningbo,温州:Wenzhou,嘉兴:Jiaxing,湖州:Huzhou,绍兴:Shaoxing,金华:Jinhua,衢州:Quzhou,舟山:Zhoushan,台州:Taizhou,丽水:Lishui
安徽省|Anhui|合肥:Hefei,芜湖:Wuhu,蚌埠:Bengbu,马鞍山:Ma'anshan,安庆:Anqing,滁州:Chuzhou,铜陵:Tongling,淮南:Huainan
福建省|Fujian|福州:Fuzhou,厦门:Xiamen,泉州:Quanzhou,漳州:Zhangzhou,莆田:Putian,三明:Sanming,龙岩:Longyan
江西省|Jiangxi|南昌:Nanchang,赣州:Ganzhou,九江:Jiujiang,景德镇:Jingdezhen,新余:Xinyu,鹰潭:Yingtan,宜春:Yichun
山东省|Shandong|济南:Jinan,青岛:Qingdao,烟台:Yantai,潍坊:Weifang,淄博:Zibo,威海:Weihai,济宁:Jining,临沂:Linyi,泰安:Tai'an,德州:Dezhou,东营:Dongying,枣庄:Zaozhuang
河南省|Henan|郑州:Zhengzhou,洛阳:Luoyang,新乡:Xinxiang,南阳:Nanyang,安阳:Anyang,许昌:Xuchang,平顶山:Pingdingshan,焦作:Jiaozuo
湖北省|Hubei|武汉:Wuhan,襄阳:Xiangyang,宜昌:Yichang,荆门:Jingmen,孝感:Xiaogan,黄石:Huangshi,十堰:Shiyan,随州:Suizhou
湖南省|Hunan|长沙:Changsha,株洲:Zhuzhou,湘潭:Xiangtan,衡阳:Hengyang,岳阳:Yueyang,常德:Changde,益阳:Yiyang,郴州:Chenzhou
广东省|Guangdong|广州:Guangzhou,深圳:Shenzhen,佛山:Foshan,东莞:Dongguan,珠海:Zhuhai,惠州:Huizhou,中山:Zhongshan,江门:Jiangmen,肇庆:Zhaoqing,汕头:Shantou,湛江:Zhanjiang
广西壮族自治区|Guangxi|南宁:Nanning,柳州:Liuzhou,桂林:Guilin,北海:Beihai,玉林:Yulin
海南省|Hainan|海口:Haikou,三亚:Sanya,儋州:Danzhou
四川省|Sichuan|成都:Chengdu,绵阳:Mianyang,德阳:Deyang,泸州:Luzhou,宜宾:Yibin,自贡:Zigong,乐山:Leshan,攀枝花:Panzhihua,内江:Neijiang
贵州省|Guizhou|贵阳:Guiyang,遵义:Zunyi,安顺:Anshun,六盘水:Liupanshui
云南省|Yunnan|昆明:Kunming,曲靖:Qujing,玉溪:Yuxi,楚雄:Chuxiong,红河:Honghe
西藏自治区|Tibet|拉萨:Lhasa
陕西省|Shaanxi|西安:Xi'an,宝鸡:Baoji,咸阳:Xianyang,渭南:Weinan,榆林:Yulin,汉中:Hanzhong
甘肃省|Gansu|兰州:Lanzhou,白银:Baiyin,天水:Tianshui,金昌:Jinchang,酒泉:Jiuquan
青海省|Qinghai|西宁:Xining,海西:Haixi
宁夏回族自治区|Ningxia|银川:Yinchuan,石嘴山:Shizuishan,吴忠:Wuzhong
新疆维吾尔自治区|Xinjiang|乌鲁木齐:Urumqi,克拉玛依:Karamay,昌吉:Changji,石河子:Shihezi,库尔勒:Korla`;

/** The provinces in a fixed order, each with its cities. */
export const PROVINCES: readonly ProvinceSeed[] = RAW.split("\n").map((line) => {
  const [name = "", en = "", cities = ""] = line.split("|");
  return {
    name,
    en,
    cities: cities.split(",").map((c) => {
      const [zh = "", cen = ""] = c.split(":");
      return [zh, cen] as const;
    }),
  };
});
