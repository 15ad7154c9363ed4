/**
 * Words for usernames the server offers (lib/auth/username-offer.ts): short, common, calm, easy to
 * spell and to say aloud. Three of them and two digits give about 2 billion usernames.
 */
export const USERNAME_WORDS: readonly string[] = `
acorn almond amber anchor apple apricot arch aspen autumn bagel bamboo banjo barley basil basket bay
beach bean bear beaver bee beetle bell bench berry birch bird biscuit bison blanket bloom blue boat
bonnet book boot bottle bramble branch bread breeze brick bridge brook broom brush bucket bud bunny
butter button cabin cactus cake camel candle canoe canyon cap cape caramel card carrot castle cedar
celery chair chalk cheese cherry chestnut chime cider clay cliff cloud clover coast coat cocoa
coconut comet compass copper coral corn cotton cove crab cracker crane crayon creek cricket crown
cup daisy dawn deer desk dew dolphin door dove dream drum duck dune eagle easel echo elm ember fable
falcon fawn feather fern ferry fiddle field fig finch flag flute foam fog forest fox frost garden
gate gem ginger glove goose grape grass gravel hazel heron hill honey hoop horizon husky iris island
ivy jacket jam jar jelly kettle kite kiwi koala ladder lake lamp lantern lark leaf lemon lily lime
linen lotus lynx maple marble meadow melon mint mitten moon moose moss mountain muffin nest nutmeg
oak oat ocean olive onion orange orchard otter owl oyster paddle panda paper parsley peach peanut
pear pebble pelican pencil penguin pepper petal piano pickle pillow pine plum pocket pond poppy
potato prairie puffin pumpkin quail quill quilt rabbit radish rain raisin raven reef ribbon river
robin rocket rose ruby saddle sage sail salmon sand sandal scarf seal seed shell shore silk sky sled
snow sock sofa sparrow spoon spruce squash star stone stream sugar summer sun swan sweater table
teapot thistle thyme tide tiger toast tomato towel trail tulip tuna turnip turtle valley velvet
violet wagon walnut walrus wave whale wheat willow window winter wren yarn yogurt zebra
`
  .trim()
  .split(/\s+/);
