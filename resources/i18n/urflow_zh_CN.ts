<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalyseFacilityGapsAlgorithm</name>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="81" />
        <source>Demand: villages or settlements (points or polygons)</source>
        <translation>需求点：村庄或居民点（点或面）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="84" />
        <source>Demand id field</source>
        <translation>需求点编码字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="86" />
        <source>Population field (the people the standard counts)</source>
        <translation>人口字段（标准所针对的人口）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="89" />
        <source>Facilities (points)</source>
        <translation>设施（点）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="91" />
        <source>Facility id field</source>
        <translation>设施编码字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="94" />
        <source>Capacity field (seats, doctors, beds; default 1 each)</source>
        <translation>供给能力字段（学位、医生、床位；默认每处 1）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="98" />
        <source>Road network (lines; straight lines × detour if none)</source>
        <translation>道路网络（线；缺省时按直线距离×绕行系数）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="101" />
        <source>Speed field, km/h (car)</source>
        <translation>车速字段（km/h，机动车）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="101" />
        <source>Road class field (county/township/village)</source>
        <translation>道路等级字段（县道/乡道/村道）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="101" />
        <source>One-way field (forward/backward/both)</source>
        <translation>单行字段（正向/反向/双向）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="110" />
        <source>Standard preset id (e.g. rural_primary_school; empty = custom)</source>
        <translation>标准预设编号（如 rural_primary_school；留空为自定义）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="114" />
        <source>Standards table (CSV; default: national presets)</source>
        <translation>标准表（CSV；默认为国家标准预设）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="117" />
        <source>Travel mode (default: the preset's)</source>
        <translation>出行方式（默认取预设）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="117" />
        <source>Walk</source>
        <translation>步行</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="117" />
        <source>Bicycle</source>
        <translation>自行车</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="117" />
        <source>E-bike</source>
        <translation>电动自行车</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="117" />
        <source>Car</source>
        <translation>机动车</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="121" />
        <source>Cost unit (default: the preset's)</source>
        <translation>成本单位（默认取预设）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="121" />
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="121" />
        <source>Meters</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="124" />
        <source>Threshold: standard travel time or distance (inclusive)</source>
        <translation>阈值：标准出行时间或距离（含边界）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="127" />
        <source>Provision standard per 1000 people</source>
        <translation>千人配置标准</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="130" />
        <source>Accessibility method</source>
        <translation>可达性方法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="130" />
        <source>2SFCA</source>
        <translation>两步移动搜索法（2SFCA）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="130" />
        <source>Enhanced 2SFCA (step weights)</source>
        <translation>增强两步移动搜索法（E2SFCA，分段权重）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="130" />
        <source>Gaussian 2SFCA</source>
        <translation>高斯两步移动搜索法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="134" />
        <source>E2SFCA step weights (upper bound:weight, ...)</source>
        <translation>E2SFCA 分段权重（上界:权重, ...）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="137" />
        <source>Largest distance from a road, m</source>
        <translation>距道路最大距离（米）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="140" />
        <source>Detour factor without a network</source>
        <translation>无路网时的绕行系数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="143" />
        <source>Zones for the summary (townships)</source>
        <translation>汇总分区（乡镇）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="146" />
        <source>Zone name field</source>
        <translation>分区名称字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="149" />
        <source>Working CRS (projected; default: automatic)</source>
        <translation>计算坐标系（投影坐标系；默认自动选择）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="152" />
        <source>Demand with access and gaps</source>
        <translation>需求点可达性与缺口</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="154" />
        <source>Facilities with catchment and load</source>
        <translation>设施服务范围与负荷</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="156" />
        <source>Coverage and deficit per zone</source>
        <translation>分区覆盖率与缺口</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="183" />
        <source>STANDARD '{}' is not in {}; known ids: {}</source>
        <translation>标准“{}”不在 {} 中；可用编号：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="206" />
        <source>Set THRESHOLD (&gt; 0) or choose a STANDARD preset that has one.</source>
        <translation>请设置阈值 THRESHOLD（&gt; 0），或选择含阈值的标准预设 STANDARD。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="255" />
        <source>Standard {}: {} {} — {} ({})</source>
        <translation>标准 {}：{} {} — {}（{}）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="257" />
        <source>Threshold {} {} by {}; provision {} per 1000; method {}; working CRS {}</source>
        <translation>阈值 {} {}（{}）；千人配置 {}；方法 {}；计算坐标系 {}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="266" />
        <source>Layer DEMAND has no features.</source>
        <translation>需求点图层（DEMAND）没有要素。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="271" />
        <source>Population is NULL or negative for {} demand features ({}): they count as nobody and their gap is NULL</source>
        <translation>{} 个需求点人口为空或为负（{}）：按 0 人计，其缺口为空值</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="285" />
        <source>Layer FACILITIES has no features: there is nothing to reach.</source>
        <translation>设施图层（FACILITIES）没有要素，无可到达的设施。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="291" />
        <source>Capacity is NULL or negative for {} facilities ({}): they still count for reach (nearest, coverage) but supply nothing</source>
        <translation>{} 处设施供给能力为空或为负（{}）：仍计入可达（最近设施、覆盖），但供给为 0</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="307" />
        <source>No NETWORK: straight-line distance × {} is used.</source>
        <translation>未提供路网：采用直线距离 × {}。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="312" />
        <source>Building the road graph ...</source>
        <translation>正在构建道路网络图……</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="315" />
        <source>{} roads have no usable speed: their class's or the mode's default speed is used</source>
        <translation>{} 条道路无可用车速：采用其道路等级或出行方式的默认速度</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="315" />
        <source>{} roads have an unknown one-way value: both directions are used</source>
        <translation>{} 条道路的单行值无法识别：按双向通行</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="315" />
        <source>{} roads without geometry were left out</source>
        <translation>{} 条无几何的道路被忽略</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="323" />
        <source>Layer NETWORK has no usable lines.</source>
        <translation>路网图层（NETWORK）没有可用的线。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="330" />
        <source>Shortest paths within {} {} ...</source>
        <translation>正在计算 {} {} 以内的最短路径……</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="350" />
        <source>{} demand features cannot reach any facility (off the network or in a disconnected part): {}</source>
        <translation>{} 个需求点无法到达任何设施（远离路网或位于不连通的路网部分）：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="356" />
        <source>{} facilities have nobody within the threshold: supply ratio NULL ({})</source>
        <translation>{} 处设施在阈值内无服务人口：供需比为空值（{}）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="401" />
        <source>Coverage {:.1%}; blind spots {}; under-served {}; deficit {}</source>
        <translation>覆盖率 {:.1%}；服务盲区 {} 个；供给不足 {} 个；缺口 {}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="441" />
        <source>Facility gap analysis (公共服务设施缺口分析)</source>
        <translation>公共服务设施缺口分析</translation>
    </message>
    <message>
        <location filename="../../processing_provider/services/analyse_facility_gaps.py" line="444" />
        <source>Public services</source>
        <translation>公共服务</translation>
    </message>
</context>
<context>
    <name>DetectHollowVillagesAlgorithm</name>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="84" />
        <source>Villages (polygons or points)</source>
        <translation>村庄（面或点）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="87" />
        <source>Village id field</source>
        <translation>村庄编码字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="90" />
        <source>Village name field (labels)</source>
        <translation>村庄名称字段（标注）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="94" />
        <source>Registered population field (户籍人口)</source>
        <translation>户籍人口字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="95" />
        <source>Resident population field (常住人口)</source>
        <translation>常住人口字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="96" />
        <source>Resident elderly population field (60+ or 65+)</source>
        <translation>常住老年人口字段（60 或 65 岁以上）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="97" />
        <source>Out-migrant workers field (外出务工)</source>
        <translation>外出务工人数字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="98" />
        <source>Working-age population field (劳动年龄人口)</source>
        <translation>劳动年龄人口字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="99" />
        <source>Households field (户数)</source>
        <translation>户数字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="100" />
        <source>Homesteads field (宅基地宗数)</source>
        <translation>宅基地宗数字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="101" />
        <source>Idle homesteads field (闲置宅基地)</source>
        <translation>闲置宅基地宗数字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="102" />
        <source>Households with several homesteads field (一户多宅)</source>
        <translation>一户多宅户数字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="103" />
        <source>Households over the homestead cap field (超标占地)</source>
        <translation>宅基地超标占地户数字段</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="104" />
        <source>Settlement land area field, m² (农村居民点面积)</source>
        <translation>农村居民点用地面积字段（m²）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="110" />
        <source>Settlement land polygons (used when no area field)</source>
        <translation>农村居民点用地图斑（无面积字段时叠加计算）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="113" />
        <source>Buildings (polygons or points)</source>
        <translation>建筑物（面或点）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="116" />
        <source>Building vacancy field (1 = vacant)</source>
        <translation>建筑空置字段（1 = 空置）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="120" />
        <source>Night-time light raster</source>
        <translation>夜间灯光栅格</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="122" />
        <source>Weighting</source>
        <translation>赋权方法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="122" />
        <source>Entropy (熵权法)</source>
        <translation>熵权法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="122" />
        <source>Equal</source>
        <translation>等权</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="122" />
        <source>AHP (层次分析法)</source>
        <translation>层次分析法（AHP）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="122" />
        <source>Custom</source>
        <translation>自定义权重</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="122" />
        <source>Combined AHP + entropy</source>
        <translation>AHP 与熵权组合赋权</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="127" />
        <source>AHP pairwise matrix (rows separated by ';')</source>
        <translation>AHP 判断矩阵（行之间用“;”分隔）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="130" />
        <source>Custom weights (e.g. P1=0.4, L1=0.6)</source>
        <translation>自定义权重（如 P1=0.4, L1=0.6）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="132" />
        <source>AHP share in combined weights (α)</source>
        <translation>组合赋权中 AHP 所占比例（α）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="135" />
        <source>Scoring</source>
        <translation>综合评价方法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="135" />
        <source>Weighted sum</source>
        <translation>加权求和</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="135" />
        <source>TOPSIS</source>
        <translation>TOPSIS 逼近理想解法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="138" />
        <source>Classification</source>
        <translation>分级方法</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="138" />
        <source>Jenks natural breaks</source>
        <translation>自然断点法（Jenks）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="138" />
        <source>Quantile</source>
        <translation>分位数</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="138" />
        <source>Equal interval</source>
        <translation>等间距</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="138" />
        <source>Thresholds</source>
        <translation>指定阈值</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="142" />
        <source>Number of levels (3 or 4)</source>
        <translation>等级数（3 或 4）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="145" />
        <source>Score thresholds between levels (e.g. 0.25, 0.5, 0.75)</source>
        <translation>等级分界阈值（如 0.25, 0.5, 0.75）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="148" />
        <source>Typology thresholds: population (P1), land (L1)</source>
        <translation>类型划分阈值：人口（P1）、土地（L1）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="151" />
        <source>Settlement land standard, m² per resident</source>
        <translation>人均居民点用地标准（m²/人）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="154" />
        <source>Reclamation coefficient κ (新增耕地系数)</source>
        <translation>新增耕地系数 κ</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="158" />
        <source>Working CRS (projected; default: automatic)</source>
        <translation>计算坐标系（投影坐标系；默认自动选择）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="161" />
        <source>Hollow villages</source>
        <translation>空心村识别结果</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="163" />
        <source>Indicator weights</source>
        <translation>指标权重表</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="179" />
        <source>AHP weighting needs AHP_MATRIX.</source>
        <translation>AHP 赋权需要提供判断矩阵 AHP_MATRIX。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="181" />
        <source>Custom weighting needs CUSTOM_WEIGHTS.</source>
        <translation>自定义赋权需要提供权重 CUSTOM_WEIGHTS。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="185" />
        <source>{} levels need {} THRESHOLDS, got {}.</source>
        <translation>{} 个等级需要 {} 个阈值（THRESHOLDS），实际为 {} 个。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="188" />
        <source>TYPE_THRESHOLDS needs two numbers: population, land.</source>
        <translation>TYPE_THRESHOLDS 需要两个数：人口阈值、土地阈值。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="225" />
        <source>Working CRS: {}</source>
        <translation>计算坐标系：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="236" />
        <source>VILLAGES are points: SETTLEMENTS, BUILDINGS and NIGHT_LIGHT need village polygons and are not used.</source>
        <translation>村庄图层为点：居民点、建筑物和夜间灯光需要村庄面图层，本次未使用。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="258" />
        <source>Layer VILLAGES has no features.</source>
        <translation>村庄图层（VILLAGES）没有要素。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="263" />
        <source>Layer VILLAGES, field '{}': the village id is NULL for feature ids {}</source>
        <translation>村庄图层字段“{}”：以下要素的村庄编码为空：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="272" />
        <source>Layer VILLAGES, field '{}': village ids appear more than once: {}</source>
        <translation>村庄图层字段“{}”：以下村庄编码重复：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="281" />
        <source>Layer VILLAGES, field '{}': negative values for villages {}</source>
        <translation>村庄图层字段“{}”：以下村庄为负值：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="285" />
        <source>{} village features with invalid geometry were skipped</source>
        <translation>已跳过 {} 个几何无效的村庄要素</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="301" />
        <source>Registered population is 0 or NULL for {} villages ({}): P1 is NULL there</source>
        <translation>{} 个村庄户籍人口为 0 或空值（{}）：其 P1 为空</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="307" />
        <source>Resident population is NULL for {} villages ({}): their indicators that need it are NULL</source>
        <translation>{} 个村庄常住人口为空值（{}）：依赖常住人口的指标为空</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="314" />
        <source>{} villages have more residents than registered inhabitants (in-migration; P1 is negative and kept): {}</source>
        <translation>{} 个村庄常住人口多于户籍人口（人口流入，P1 为负值并保留）：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="325" />
        <source>Overlaying settlement land on villages ...</source>
        <translation>正在将居民点用地与村庄叠加……</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="341" />
        <source>A1 (night-time light per settlement area) needs SETTLEMENTS polygons; it is skipped.</source>
        <translation>A1（单位建设用地夜间灯光）需要居民点图斑，本次跳过。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="350" />
        <source>BUILDINGS given without BUILDING_VACANT_FIELD: A2 is skipped.</source>
        <translation>提供了建筑物但未指定空置字段，A2 跳过。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="354" />
        <source>Assigning buildings to villages ...</source>
        <translation>正在将建筑物归属到村庄……</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="363" />
        <source>{} buildings have a NULL vacancy flag and are not counted</source>
        <translation>{} 栋建筑空置标记为空值，未计入</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="366" />
        <source>{} buildings lie outside every village</source>
        <translation>{} 栋建筑不在任何村庄范围内</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="373" />
        <source>Averaging night-time light over settlement land ...</source>
        <translation>正在计算居民点用地上的平均夜间灯光……</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="409" />
        <source>{}: inputs not given, skipped</source>
        <translation>{}：未提供输入数据，跳过</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="412" />
        <source>{}: no village has a value; the indicator is left out</source>
        <translation>{}：所有村庄均无数值，不参与评价</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="416" />
        <source>No indicator can be computed: give at least the population fields (REGISTERED_POP_FIELD and RESIDENT_POP_FIELD) or the homestead fields.</source>
        <translation>无法计算任何指标：请至少提供人口字段（户籍人口与常住人口）或宅基地字段。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="447" />
        <source>Indicators used, in this order: {}</source>
        <translation>参与评价的指标（按此顺序）：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="456" />
        <source>{} has the same value in every village: weight 0</source>
        <translation>{} 在所有村庄取值相同：权重为 0</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="459" />
        <source>AHP: λmax = {:.4f}, CI = {:.4f}, CR = {:.4f}</source>
        <translation>AHP：λmax = {:.4f}，CI = {:.4f}，CR = {:.4f}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="503" />
        <source>Villages per level: {}</source>
        <translation>各等级村庄数：{}</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="543" />
        <source>Hollow-village detection (空心村识别)</source>
        <translation>空心村识别</translation>
    </message>
    <message>
        <location filename="../../processing_provider/villages/detect_hollow_villages.py" line="546" />
        <source>Villages</source>
        <translation>村庄</translation>
    </message>
</context>
<context>
    <name>SampleCounty</name>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Village centres</source>
        <translation>村庄中心点</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Hospitals and township health centres</source>
        <translation>医院与乡镇卫生院</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Village clinics</source>
        <translation>村卫生室</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Schools</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Kindergartens</source>
        <translation>幼儿园</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Elderly-care homes</source>
        <translation>养老机构</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Construction candidates (建新)</source>
        <translation>建新候选地块</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Buildings</source>
        <translation>建筑物</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Homestead parcels</source>
        <translation>宅基地地块</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Rural settlement land</source>
        <translation>农村居民点用地</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Town built-up areas</source>
        <translation>城镇建成区</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Urban development boundary</source>
        <translation>城镇开发边界</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Ecological red line</source>
        <translation>生态保护红线</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Permanent basic farmland</source>
        <translation>永久基本农田</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Cultivated land</source>
        <translation>耕地</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Administrative villages</source>
        <translation>行政村</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Townships</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>County boundary</source>
        <translation>县界</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="41" />
        <source>Labour migration OD table</source>
        <translation>劳动力流动 OD 表</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="56" />
        <source>Qingxi County (fictitious sample)</source>
        <translation>青溪县（虚构示例）</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="71" />
        <source>Night-time light</source>
        <translation>夜间灯光</translation>
    </message>
</context>
<context>
    <name>URFlowLayers</name>
    <message>
        <location filename="../../processing_provider/layers.py" line="35" />
        <source>TARGET_CRS {} is geographic; choose a projected CRS such as a CGCS2000 Gauss–Krüger zone (EPSG:4534–4554)</source>
        <translation>TARGET_CRS {} 为地理坐标系；请选择投影坐标系，例如 CGCS2000 高斯-克吕格分带（EPSG:4534–4554）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/layers.py" line="42" />
        <source>The input layer has no valid CRS; set it first.</source>
        <translation>输入图层没有有效的坐标参考系，请先设置。</translation>
    </message>
    <message>
        <location filename="../../processing_provider/layers.py" line="61" />
        <source>Layer {}: there is no field '{}'</source>
        <translation>图层 {}：不存在字段“{}”</translation>
    </message>
    <message>
        <location filename="../../processing_provider/layers.py" line="66" />
        <source>Layer {}: field '{}' is not numeric ({})</source>
        <translation>图层 {}：字段“{}”不是数值型（{}）</translation>
    </message>
    <message>
        <location filename="../../processing_provider/layers.py" line="182" />
        <source>Input fields replaced by this run's results: {}</source>
        <translation>以下输入字段被本次结果替换：{}</translation>
    </message>
</context>
<context>
    <name>URFlowPlugin</name>
    <message>
        <location filename="../../plugin.py" line="37" />
        <source>URFlow</source>
        <translation>URFlow 城乡规划</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="48" />
        <source>Load sample county (fictitious)</source>
        <translation>加载示例县（虚构）</translation>
    </message>
</context>
<context>
    <name>URFlowProvider</name>
    <message>
        <location filename="../../processing_provider/provider.py" line="27" />
        <source>URFlow</source>
        <translation>URFlow 城乡规划</translation>
    </message>
    <message>
        <location filename="../../processing_provider/provider.py" line="30" />
        <source>URFlow {} — urban–rural flow planning toolkit</source>
        <translation>URFlow {} — 城乡资源流动规划工具箱</translation>
    </message>
</context>
</TS>